package cn.street.civil.elderly.homecare;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as listed (and as a line of the settlement sheet). */
public record OrderRow(long id, long personId, String personName, long communityId, String communityName,
		String providerName, String itemName, String workerName, OrderStatus status, Instant plannedStart,
		int plannedMinutes, Integer minutes, BigDecimal hourlyPrice, BigDecimal amount, BigDecimal governmentAmount,
		BigDecimal elderAmount, EntitlementKind kind, Satisfaction satisfaction) {

	public String start() {
		return HomeCareService.time(plannedStart);
	}

}
