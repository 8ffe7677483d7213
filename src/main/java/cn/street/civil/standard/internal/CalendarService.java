package cn.street.civil.standard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 工作日历: the dated exceptions, added and removed by the admin or a street caseworker, each audited. */
@Service
@Transactional
class CalendarService {

	static final String EDIT = "hasAnyRole('ADMIN', 'STREET_CASEWORKER')";

	static final String READ = "hasAnyRole('ADMIN', 'CHIEF', 'STREET_CASEWORKER', 'COMMUNITY_CASEWORKER')";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	CalendarService(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	List<CalendarDay> year(int year) {
		return jdbc.sql("select day, kind, name, created_by from standard_calendar_day where day >= :from and day < :to "
				+ "order by day")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
					CalendarKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("created_by")))
			.list();
	}

	@PreAuthorize(EDIT)
	void add(CalendarDayForm form, CurrentUser user) {
		LocalDate day = form.parsedDay();
		if (day == null) {
			throw new FieldRuleException("day", "procedure.calendar.day.required");
		}
		if (day.getYear() < 2000 || day.getYear() > 2100) {
			throw new FieldRuleException("day", "procedure.calendar.day.range");
		}
		if (form.kind() == null) {
			throw new FieldRuleException("kind", "procedure.calendar.kind.required");
		}
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty()) {
			throw new FieldRuleException("name", "procedure.calendar.name.required");
		}
		if (name.length() > 30) {
			throw new FieldRuleException("name", "procedure.calendar.name.size");
		}
		CalendarDay entry = new CalendarDay(day, form.kind(), name, user.getUsername());
		if (entry.kind() == CalendarKind.WORKDAY && !entry.weekend()) {
			throw new FieldRuleException("kind", "procedure.calendar.workday.weekend");
		}
		int added = jdbc.sql("""
				insert into standard_calendar_day (day, kind, name, created_at, created_by)
				values (:day, :kind, :name, :at, :by) on conflict (day) do nothing
				""")
			.param("day", day)
			.param("kind", entry.kind().name())
			.param("name", name)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("by", user.getUsername())
			.update();
		if (added == 0) {
			throw new FieldRuleException("day", "procedure.calendar.day.taken", day.toString());
		}
		events.publishEvent(AuditRecord.of("standard", "CALENDAR_ADD", "CalendarDay", day, null,
				msg("procedure.calendar.audit.add", day.toString(), msg("procedure.calendar.kind." + entry.kind()), name)));
	}

	@PreAuthorize(EDIT)
	void remove(LocalDate day, CurrentUser user) {
		CalendarDay entry = jdbc.sql("select day, kind, name, created_by from standard_calendar_day where day = :day "
				+ "for update")
			.param("day", day)
			.query((rs, n) -> new CalendarDay(day, CalendarKind.valueOf(rs.getString("kind")), rs.getString("name"),
					rs.getString("created_by")))
			.optional()
			.orElseThrow(() -> new NotFoundException("CalendarDay", day));
		jdbc.sql("delete from standard_calendar_day where day = :day").param("day", day).update();
		events.publishEvent(AuditRecord.of("standard", "CALENDAR_REMOVE", "CalendarDay", day, null,
				msg("procedure.calendar.audit.remove", day.toString(), msg("procedure.calendar.kind." + entry.kind()),
						entry.name())));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
