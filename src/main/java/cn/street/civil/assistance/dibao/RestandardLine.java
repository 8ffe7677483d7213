package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;

/** One case of a 调标 batch: the amount in force in the month before and after the new terms. */
public record RestandardLine(long caseId, long caseVersion, String householdNo, String applicantName, long communityId,
		String communityName, BigDecimal standard, int covered, BigDecimal countedIncome, String rounding,
		boolean eligible, BigDecimal oldAmount, BigDecimal newBase, BigDecimal newAmount) {

	public BigDecimal difference() {
		return newAmount.subtract(oldAmount);
	}

}
