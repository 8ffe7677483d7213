package cn.street.civil.standard.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A new 工作日历 entry as typed: the day as text, so a garbled date is a message next to the field, not a 400. */
record CalendarDayForm(String day, CalendarKind kind, String name) {

	static CalendarDayForm empty() {
		return new CalendarDayForm("", CalendarKind.HOLIDAY, "");
	}

	LocalDate parsedDay() {
		if (day == null || day.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
