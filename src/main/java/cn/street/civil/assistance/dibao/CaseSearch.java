package cn.street.civil.assistance.dibao;

import cn.street.civil.assistance.casework.CaseState;

/**
 * The case list's filters: text (a name or a 户号), community, state, and the flags (需复核, 已超期, 复核到期: the
 * periodic review due by the end of this month, or overdue).
 *
 * @param q 申请人/保障对象姓名 (prefix) or 户号 (exact)
 */
public record CaseSearch(String q, Long communityId, CaseState state, Boolean needsReview, Boolean overdue,
		Boolean reviewDue) {

	/** Without the 已超期 and 复核到期 filters. */
	public CaseSearch(String q, Long communityId, CaseState state, Boolean needsReview) {
		this(q, communityId, state, needsReview, null, null);
	}

	/** Without the 复核到期 filter. */
	public CaseSearch(String q, Long communityId, CaseState state, Boolean needsReview, Boolean overdue) {
		this(q, communityId, state, needsReview, overdue, null);
	}

	public static CaseSearch empty() {
		return new CaseSearch(null, null, null, null);
	}

}
