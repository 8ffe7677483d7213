package cn.street.civil.elderly.homecare;

import java.math.BigDecimal;

/** One line of the monthly statistics: persons served, orders, hours, amounts, follow-ups and satisfied ones. */
public record StatRow(String label, long persons, long orders, BigDecimal hours, BigDecimal amount,
		BigDecimal governmentAmount, BigDecimal elderAmount, long followedUp, long satisfied) {

	/** 满意率 in percent (one decimal), null without follow-up. */
	public BigDecimal satisfactionRate() {
		return followedUp == 0 ? null
				: BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(followedUp), 1, java.math.RoundingMode.HALF_UP);
	}

}
