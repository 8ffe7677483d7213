package cn.street.civil.payout.report;

import java.math.BigDecimal;

/**
 * One row of the 月报, every figure summed in the database from the lines of APPROVED batches only.
 *
 * @param programme the programme's code
 * @param level what the row adds up
 * @param communityId the community, null on the programme's total
 * @param communityName its name
 * @param residence {@code URBAN}, {@code RURAL} or {@code NONE} (not recorded) on a detail row, else null
 * @param households 户数: distinct households of the month's regular batch
 * @param persons 人数: Σ person_count
 * @param amount 金额: Σ amount
 * @param averageTopUp 月人均补差 = amount ÷ persons (2 decimals), only for a programme that reports it
 * @param added lines marked new this month
 * @param stopped recipients paid in M−1 and stopped in M
 * @param previousHouseholds 户数 of M−1
 * @param previousPersons 人数 of M−1
 * @param previousAmount 金额 of M−1
 * @param yearToDate Σ amount of the regular batches January..M
 * @param backPay 补发 of the month (approved BACK_PAY batches of M)
 * @param recovery 追回 of the month (approved RECOVERY batches of M)
 * @param population 户籍人口 (registered persons with status ACTIVE), on community and programme rows
 * @param coverage 保障面 in percent (persons ÷ population × 100, 2 decimals), on community and programme rows
 */
public record ReportRow(String programme, ReportLevel level, Long communityId, String communityName, String residence,
		long households, long persons, BigDecimal amount, BigDecimal averageTopUp, long added, long stopped,
		long previousHouseholds, long previousPersons, BigDecimal previousAmount, BigDecimal yearToDate,
		BigDecimal backPay, BigDecimal recovery, Long population, BigDecimal coverage) {

	/** 金额 M − 金额 M−1. */
	public BigDecimal amountChange() {
		return amount.subtract(previousAmount);
	}

	/** 人数 M − 人数 M−1. */
	public long personsChange() {
		return persons - previousPersons;
	}

	/** 户数 M − 户数 M−1. */
	public long householdsChange() {
		return households - previousHouseholds;
	}

	public boolean detail() {
		return level == ReportLevel.DETAIL;
	}

	public boolean subtotal() {
		return level == ReportLevel.COMMUNITY;
	}

	public boolean total() {
		return level == ReportLevel.PROGRAMME;
	}

}
