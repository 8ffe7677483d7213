package cn.street.civil.assistance.dibao;

import java.util.ArrayList;
import java.util.List;

import cn.street.civil.shared.text.HalfWidth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 低保申请: the household, the applicant, who is covered, the mandate, the materials and the 近亲属备案. */
public class ApplicationForm {

	@NotBlank(message = "{assistance.form.household-no.required}")
	@Size(max = 30, message = "{assistance.form.household-no.required}")
	private String householdNo;

	@NotNull(message = "{assistance.form.applicant.required}")
	private Long applicantPersonId;

	private List<Long> coveredPersonIds = new ArrayList<>();

	private boolean singlePerson;

	@Size(max = 200, message = "{assistance.form.size200}")
	private String singlePersonReason;

	private boolean viaCommunity;

	private boolean writtenMandate;

	private List<String> materials = new ArrayList<>();

	@Size(max = 200, message = "{assistance.form.size200}")
	private String otherMaterials;

	private boolean staffRelated;

	@Size(max = 50, message = "{assistance.form.size50}")
	private String relatedStaff;

	@Size(max = 50, message = "{assistance.form.size50}")
	private String relatedStaffRelation;

	public String getHouseholdNo() {
		return householdNo;
	}

	public void setHouseholdNo(String householdNo) {
		this.householdNo = HalfWidth.of(householdNo);
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
