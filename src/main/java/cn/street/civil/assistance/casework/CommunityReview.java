package cn.street.civil.assistance.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A 民主评议 of a case: held on a day, {@code invited} representatives invited, {@code attended} present,
 * {@code agreed} of them agreeing. The rule (documented in the migration and the README): it passes when at
 * least two thirds of the invited attend and at least two thirds of those present agree.
 */
public record CommunityReview(long id, long caseId, LocalDate heldOn, int invited, int attended, int agreed,
		String opinion, boolean passed, String recordedBy, Instant recordedAt) {

	/** ≥ 2/3 attendance of the invited and ≥ 2/3 agreement of those present, in whole numbers (no rounding). */
	public static boolean passes(int invited, int attended, int agreed) {
		return attended > 0 && 3 * attended >= 2 * invited && 3 * agreed >= 2 * attended;
	}

}
