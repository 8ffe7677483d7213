package cn.street.civil.elderly.allowance;

import java.time.LocalDate;
import java.time.YearMonth;

/** A person eligible by age (by the end of next month) who holds no enrolment paying then: to be confirmed. */
public record EligibleRow(long personId, String name, String maskedIdNumber, LocalDate birthDate, long communityId,
		String communityName, YearMonth eligibleFrom, StopReason lastStopReason) {

	/** Eligible from a month already begun: a confirmation may back-pay (补发). */
	public boolean late(YearMonth current) {
		return !eligibleFrom.isAfter(current);
	}

}
