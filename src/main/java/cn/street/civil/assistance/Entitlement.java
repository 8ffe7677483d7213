package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.time.YearMonth;

import cn.street.civil.household.PayoutAccount;

/**
 * What one case pays for one month, for the payout batch: the amount, how it was reached, and the
 * household's payout account reference (masked; the full number only through the registry's audited reveal).
 *
 * @param programme DIBAO or TEKUN
 * @param account null when the household has no payout account registered
 */
public record Entitlement(long caseId, String programme, long householdId, long communityId, YearMonth month,
		BigDecimal amount, Breakdown breakdown, PayoutAccount account) {

	/**
	 * S, n, I, the rounding rule, the rounded base, the 分类施保 add-ons and the 特困 care amount, as fixed by the
	 * amount decision in force that month (confirmation, review, 调标). standard, countedIncome and rounding
	 * are null where the programme does not compute from them.
	 */
	public record Breakdown(BigDecimal standard, int covered, BigDecimal countedIncome, String rounding,
			BigDecimal base, BigDecimal addOns, BigDecimal care) {
	}

}
