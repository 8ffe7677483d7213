package cn.street.civil.assistance.dibao;

import java.util.ArrayList;
import java.util.List;

import cn.street.civil.assistance.casework.CaseApplicationForm;
import cn.street.civil.household.HouseholdSnapshot;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 低保申请: the household, the applicant, who is covered, the mandate, the materials and the 近亲属备案. */
public class ApplicationForm extends CaseApplicationForm {

	@NotNull(message = "{assistance.form.applicant.required}")
	private Long applicantPersonId;

	private List<Long> coveredPersonIds = new ArrayList<>();

	private boolean singlePerson;

	@Size(max = 200, message = "{assistance.form.size200}")
	private String singlePersonReason;

	private boolean staffRelated;

	@Size(max = 50, message = "{assistance.form.size50}")
	private String relatedStaff;

	@Size(max = 50, message = "{assistance.form.size50}")
	private String relatedStaffRelation;

	/** The head applies, every member is covered. */
	@Override
	protected void prefill(HouseholdSnapshot household) {
		household.head().ifPresent(head -> setApplicantPersonId(head.personId()));
		setCoveredPersonIds(household.members().stream().map(m -> m.personId()).toList());
	}

	public Long getApplicantPersonId() {
		return applicantPersonId;
	}

	public void setApplicantPersonId(Long applicantPersonId) {
		this.applicantPersonId = applicantPersonId;
	}

	public List<Long> getCoveredPersonIds() {
		return coveredPersonIds;
	}

	public void setCoveredPersonIds(List<Long> coveredPersonIds) {
		this.coveredPersonIds = coveredPersonIds == null ? new ArrayList<>() : coveredPersonIds;
	}

	public boolean isSinglePerson() {
		return singlePerson;
	}

	public void setSinglePerson(boolean singlePerson) {
		this.singlePerson = singlePerson;
	}

	public String getSinglePersonReason() {
		return singlePersonReason;
	}

	public void setSinglePersonReason(String singlePersonReason) {
		this.singlePersonReason = singlePersonReason;
	}

	public boolean isStaffRelated() {
		return staffRelated;
	}

	public void setStaffRelated(boolean staffRelated) {
		this.staffRelated = staffRelated;
	}

	public String getRelatedStaff() {
		return relatedStaff;
	}

	public void setRelatedStaff(String relatedStaff) {
		this.relatedStaff = relatedStaff;
	}

	public String getRelatedStaffRelation() {
		return relatedStaffRelation;
	}

	public void setRelatedStaffRelation(String relatedStaffRelation) {
		this.relatedStaffRelation = relatedStaffRelation;
	}

}
