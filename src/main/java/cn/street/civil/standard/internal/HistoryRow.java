package cn.street.civil.standard.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * One row of a parameter's history, as shown.
 *
 * @param lastMonth the last month in force (valid_to minus one month), null while open
 * @param superseded approved but replaced before its first month: never in force
 * @param current the value in force this month
 */
record HistoryRow(long id, String label, YearMonth validFrom, YearMonth lastMonth, boolean superseded, boolean current,
		String valueText, String note, StandardStatus status, String proposedBy, String proposedByName,
		LocalDateTime proposedAt, String decidedBy, String decidedByName, LocalDateTime decidedAt,
		String rejectionReason) {
}
