package cn.street.civil.care.internal;

import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Registering a 优抚对象: the person (by 身份证号), category, certificate, grade and nature, the first month paid. */
public class RecipientForm {

	@NotBlank(message = "{care.id-number.required}")
	private String idNumber;

	@NotNull(message = "{care.category.required}")
	private CareCategory category;

	@NotBlank(message = "{care.certificate.required}")
	@Size(max = 30, message = "{care.certificate.size}")
	private String certificateNo;

	private Integer disabilityGrade;

	private DisabilityNature disabilityNature;

	@NotNull(message = "{care.since.required}")
	private YearMonth sinceMonth;

	@Size(max = 500, message = "{care.notes.size}")
	private String notes;

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public CareCategory getCategory() {
		return category;
	}

	public void setCategory(CareCategory category) {
		this.category = category;
	}

	public String getCertificateNo() {
		return certificateNo;
	}

	public void setCertificateNo(String certificateNo) {
		this.certificateNo = certificateNo;
	}

	public Integer getDisabilityGrade() {
		return disabilityGrade;
	}

	public void setDisabilityGrade(Integer disabilityGrade) {
		this.disabilityGrade = disabilityGrade;
	}

	public DisabilityNature getDisabilityNature() {
		return disabilityNature;
	}

	public void setDisabilityNature(DisabilityNature disabilityNature) {
		this.disabilityNature = disabilityNature;
	}

	public YearMonth getSinceMonth() {
		return sinceMonth;
	}

	public void setSinceMonth(YearMonth sinceMonth) {
		this.sinceMonth = sinceMonth;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
