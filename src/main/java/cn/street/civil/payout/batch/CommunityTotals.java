package cn.street.civil.payout.batch;

import java.math.BigDecimal;

/** One community's part of a batch. */
public record CommunityTotals(long communityId, String communityName, long lines, long households, long persons,
		BigDecimal amount) {
}
