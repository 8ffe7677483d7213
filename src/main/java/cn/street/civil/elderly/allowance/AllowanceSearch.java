package cn.street.civil.elderly.allowance;

/**
 * The enrolment list's filters.
 *
 * @param month "yyyy-MM", the month whose tier and amount are shown (next month when empty)
 * @param status PAYING (paying that month), STOPPED (stopped at or before it) or empty for all
 */
public record AllowanceSearch(String q, Long communityId, String month, AgeTier tier, String status) {

	public static AllowanceSearch empty() {
		return new AllowanceSearch(null, null, null, null, null);
	}

}
