package cn.street.civil.elderly.homecare;

/**
 * The order list's filters; {@code month} "yyyy-MM" (this month when empty); {@code sampled}: only the confirmed
 * orders drawn for a follow-up call and not yet called.
 */
public record OrderSearch(String month, Long providerId, Long communityId, Long workerId, Long personId,
		OrderStatus status, Boolean sampled) {

	boolean onlySampled() {
		return Boolean.TRUE.equals(sampled);
	}

}
