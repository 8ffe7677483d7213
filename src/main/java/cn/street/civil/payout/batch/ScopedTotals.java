package cn.street.civil.payout.batch;

import java.math.BigDecimal;

/** A batch's figures within the user's scope (for a community caseworker: their community's lines only). */
public record ScopedTotals(long lines, long households, long persons, BigDecimal amount) {
}
