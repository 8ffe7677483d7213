package cn.street.civil.elderly.homecare;

/** The order list's filters; {@code month} "yyyy-MM" (this month when empty). */
public record OrderSearch(String month, Long providerId, Long communityId, Long workerId, Long personId,
		OrderStatus status) {

}
