package cn.street.civil.assistance.tekun;

import java.util.ArrayList;
import java.util.List;

import cn.street.civil.shared.text.HalfWidth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 特困申请 for one person: the household, the person, who applies, the category, the 委托 and the materials. */
public class TekunApplicationForm {

	@NotBlank(message = "{assistance.form.household-no.required}")
	@Size(max = 30, message = "{assistance.form.household-no.required}")
	private String householdNo;

	@NotNull(message = "{tekun.form.person.required}")
	private Long personId;

	/** The applicant if another member applies for the person (a guardian); null: the person applies. */
	private Long applicantPersonId;

	@NotNull(message = "{tekun.form.category.required}")
	private TekunCategory category;

	private boolean viaCommunity;

	private boolean writtenMandate;

	private List<String> materials = new ArrayList<>();

	@Size(max = 200, message = "{assistance.form.size200}")
	private String otherMaterials;

	public String getHouseholdNo() {
		return householdNo;
	}

	public void setHouseholdNo(String householdNo) {
		this.householdNo = HalfWidth.of(householdNo);
	}

	public Long getPersonId() {
		return personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public Long getApplicantPersonId() {
		return applicantPersonId;
	}

	public void setApplicantPersonId(Long applicantPersonId) {
		this.applicantPersonId = applicantPersonId;
	}

	public TekunCategory getCategory() {
		return category;
	}

	public void setCategory(TekunCategory category) {
		this.category = category;
	}

	public boolean isViaCommunity() {
		return viaCommunity;
	}

	public void setViaCommunity(boolean viaCommunity) {
		this.viaCommunity = viaCommunity;
	}

	public boolean isWrittenMandate() {
		return writtenMandate;
	}

	public void setWrittenMandate(boolean writtenMandate) {
		this.writtenMandate = writtenMandate;
	}

	public List<String> getMaterials() {
		return materials;
	}

	public void setMaterials(List<String> materials) {
		this.materials = materials == null ? new ArrayList<>() : materials;
	}

	public String getOtherMaterials() {
		return otherMaterials;
	}

	public void setOtherMaterials(String otherMaterials) {
		this.otherMaterials = otherMaterials;
	}

}
