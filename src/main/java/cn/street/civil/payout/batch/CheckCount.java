package cn.street.civil.payout.batch;

/** How many lines in scope carry one check. */
public record CheckCount(LineCheck check, long count) {
}
