package cn.street.civil.assistance.dibao;

import jakarta.persistence.Embeddable;

/**
 * What the investigators found about one covered member's health at the home visit: 重度残疾 and/or 重病, with a
 * note saying on what (残疾人证 category and grade, the diagnosis). Counts for 分类施保 and 单人保.
 */
@Embeddable
public class MemberCondition {

	private long personId;

	private boolean severeDisability;

	private boolean seriousIllness;

	private String note;

	protected MemberCondition() {
	}

	MemberCondition(long personId, boolean severeDisability, boolean seriousIllness, String note) {
		if (!severeDisability && !seriousIllness) {
			throw new IllegalArgumentException("a condition row records a finding");
		}
		this.personId = personId;
		this.severeDisability = severeDisability;
		this.seriousIllness = seriousIllness;
		this.note = note;
	}

	public long getPersonId() {
		return personId;
	}

	public boolean isSevereDisability() {
		return severeDisability;
	}

	public boolean isSeriousIllness() {
		return seriousIllness;
	}

	public String getNote() {
		return note;
	}

}
