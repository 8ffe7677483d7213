package cn.street.civil.household.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A line of the household history. */
public record HistoryRow(LocalDate eventDate, String eventType, String personName, String reason, String details,
		LocalDateTime recordedAt, String recordedBy) {
}
