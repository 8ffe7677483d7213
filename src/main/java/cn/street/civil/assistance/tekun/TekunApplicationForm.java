package cn.street.civil.assistance.tekun;

import cn.street.civil.assistance.casework.CaseApplicationForm;
import jakarta.validation.constraints.NotNull;

/** 特困申请 for one person: the household, the person, who applies, the category, the 委托 and the materials. */
public class TekunApplicationForm extends CaseApplicationForm {

	@NotNull(message = "{tekun.form.person.required}")
	private Long personId;

	/** The applicant if another member applies for the person (a guardian); null: the person applies. */
	private Long applicantPersonId;

	@NotNull(message = "{tekun.form.category.required}")
	private TekunCategory category;

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

}
