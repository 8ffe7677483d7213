package cn.street.civil.standard.internal;

import java.time.LocalDate;

/** One entry of the 工作日历. */
record CalendarDay(LocalDate day, CalendarKind kind, String name, String createdBy) {

	boolean weekend() {
		return day.getDayOfWeek().getValue() >= 6;
	}

}
