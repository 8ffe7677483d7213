package cn.street.civil.assistance.tekun;

import cn.street.civil.assistance.casework.CaseState;

/**
 * The 特困 list's filters.
 *
 * @param q 供养对象/申请人姓名 (prefix) or 户号 (exact)
 * @param reviewDue only cases in payment whose 年审 is due (today or earlier)
 */
public record TekunSearch(String q, Long communityId, CaseState state, SupportForm supportForm, CareTier tier,
		Boolean reviewDue) {

	public static TekunSearch empty() {
		return new TekunSearch(null, null, null, null, null, null);
	}

	boolean onlyReviewDue() {
		return Boolean.TRUE.equals(reviewDue);
	}

}
