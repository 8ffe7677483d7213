package cn.street.civil.elderly.homecare;

/** A service order's steps: 计划 → 派单 → 签到 → 签退 → 老人确认 → 回访; or 取消 before the check-in. */
public enum OrderStatus {

	PLANNED, DISPATCHED, CHECKED_IN, CHECKED_OUT, CONFIRMED, FOLLOWED_UP, CANCELLED;

	/** Served and confirmed: what a settlement pays. */
	public boolean settleable() {
		return this == CONFIRMED || this == FOLLOWED_UP;
	}

}
