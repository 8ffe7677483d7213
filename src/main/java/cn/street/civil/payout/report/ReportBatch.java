package cn.street.civil.payout.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A batch of the report's month, shown so the reader sees which batches the figures come from (approved) and which
 * do not count (not approved yet).
 *
 * @param totalAmount the batch's own total (all communities), for the reconciliation batch = Σ lines = 月报
 */
public record ReportBatch(long id, String programme, String kind, String state, long lineCount, BigDecimal totalAmount,
		String approvedBy, Instant approvedAt) {

	public boolean approved() {
		return "APPROVED".equals(state);
	}

	public boolean regular() {
		return "REGULAR".equals(kind);
	}

}
