package cn.street.civil.payout.batch;

import java.math.BigDecimal;

/** A batch's figures, summed in SQL over its lines after generation. */
record BatchTotals(int lines, int households, int persons, BigDecimal amount, int added, int changed, int stopped,
		int blocking, int warnings) {
}
