package cn.street.civil.elderly.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An enrolment as listed, with what the payout query pays it for the list's month (tier and amount null when it
 * pays nothing that month).
 */
public record EnrolmentRow(long id, long personId, String name, String maskedIdNumber, LocalDate birthDate,
		long communityId, String communityName, YearMonth firstMonth, YearMonth stopMonth, StopReason stopReason,
		BackpayReason backpayReason, AgeTier tier, BigDecimal amount, String changeNote) {

}
