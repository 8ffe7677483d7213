package cn.street.civil.payout.batch;

import java.math.BigDecimal;

/** A recipient paid the month before and not in this batch, with the reason. */
public record StopRow(long id, String recipientKey, String communityName, String payeeName, BigDecimal previousAmount,
		String reason) {
}
