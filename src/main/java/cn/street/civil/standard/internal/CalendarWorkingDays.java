package cn.street.civil.standard.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.street.civil.standard.WorkingDays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link WorkingDays} over {@code standard_calendar_day}. Each call reads the entries of the span it needs (a
 * few dozen rows a year), so a change on the 工作日历 page counts at once, with no cache to go stale.
 */
@Component
@Transactional(readOnly = true)
class CalendarWorkingDays implements WorkingDays {

	/** Longer spans are a programming error (deadlines are weeks, not years). */
	static final int MAX_DAYS = 1000;

	private final JdbcClient jdbc;

	CalendarWorkingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return working(date, exceptions(date, date));
	}

	@Override
	public LocalDate plusWorkingDays(LocalDate date, int n) {
		if (Math.abs(n) > MAX_DAYS / 3) {
			throw new IllegalArgumentException("too many working days: " + n);
		}
		int step = n >= 0 ? 1 : -1;
		// n working days lie within 3n + 40 calendar days even around 春节
		LocalDate far = date.plusDays(step * (3L * Math.abs(n) + 40));
		Map<LocalDate, Boolean> exceptions = n >= 0 ? exceptions(date, far) : exceptions(far, date);
		LocalDate day = date;
		int left = Math.abs(n);
		while (left > 0) {
			day = day.plusDays(step);
			if (working(day, exceptions)) {
				left--;
			}
		}
		return day;
	}

	@Override
	public int workingDaysBetween(LocalDate a, LocalDate b) {
		if (b.isBefore(a)) {
			return -workingDaysBetween(b, a);
		}
		if (a.plusDays(MAX_DAYS).isBefore(b)) {
			throw new IllegalArgumentException("span too long: " + a + " – " + b);
		}
		Map<LocalDate, Boolean> exceptions = exceptions(a, b);
		int count = 0;
		for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
			if (working(day, exceptions)) {
				count++;
			}
		}
		return count;
	}

	private static boolean working(LocalDate day, Map<LocalDate, Boolean> exceptions) {
		Boolean exception = exceptions.get(day);
		if (exception != null) {
			return exception;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** Day → is it a working day, for the entries between the two days (inclusive). */
	private Map<LocalDate, Boolean> exceptions(LocalDate from, LocalDate to) {
		Map<LocalDate, Boolean> map = new HashMap<>();
		jdbc.sql("select day, kind from standard_calendar_day where day between :from and :to")
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				map.put(rs.getObject("day", LocalDate.class), CalendarKind.WORKDAY.name().equals(rs.getString("kind")));
			});
		return map;
	}

}
