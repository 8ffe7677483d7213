package cn.street.civil.disability.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registering or changing a certificate: the 20-character number (checked against the person), the dates, long-term
 * care, employment and notes. {@code personId} is set when registering from the person's page; without it the
 * person is the one registered with the number's 身份证号. {@code version} is the version seen when editing.
 */
public class CertificateForm {

	private Long personId;

	private String number;

	@NotNull(message = "{disability.issued-on.required}")
	private LocalDate issuedOn;

	private LocalDate reviewOn;

	private boolean longTermCare;

	@NotNull(message = "{disability.employment.required}")
	private Employment employment;

	@Size(max = 500, message = "{disability.notes.size}")
	private String notes;

	private long version;

	static CertificateForm of(DisabilityCertificate c, String maskedNumber) {
		CertificateForm form = new CertificateForm();
		form.personId = c.getPersonId();
		form.number = "";
		form.issuedOn = c.getIssuedOn();
		form.reviewOn = c.getReviewOn();
		form.longTermCare = c.isLongTermCare();
		form.employment = c.getEmployment();
		form.notes = c.getNotes();
		form.version = c.getVersion();
		return form;
	}

	public Long getPersonId() {
		return personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public LocalDate getReviewOn() {
		return reviewOn;
	}

	public void setReviewOn(LocalDate reviewOn) {
		this.reviewOn = reviewOn;
	}

	public boolean isLongTermCare() {
		return longTermCare;
	}

	public void setLongTermCare(boolean longTermCare) {
		this.longTermCare = longTermCare;
	}

	public Employment getEmployment() {
		return employment;
	}

	public void setEmployment(Employment employment) {
		this.employment = employment;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
