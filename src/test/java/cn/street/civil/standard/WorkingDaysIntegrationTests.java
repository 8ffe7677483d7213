package cn.street.civil.standard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The working-day calendar: arithmetic across 国庆 2026 and its 调休 days (expected dates counted by hand from the
 * State Council's schedule), and the 工作日历 page (who may change it, the audit trail, the refusals). Each test
 * that edits uses its own far-future days, so nothing collides.
 */
@IntegrationTest
class WorkingDaysIntegrationTests {

	@Autowired
	WorkingDays workingDays;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void nationalDayAndItsWorkingWeekendsAreCounted() {
		assertThat(workingDays.isWorkingDay(d("2026-10-01"))).isFalse(); // 国庆, Thursday
		assertThat(workingDays.isWorkingDay(d("2026-10-07"))).isFalse(); // 国庆, Wednesday
		assertThat(workingDays.isWorkingDay(d("2026-10-08"))).isTrue();
		assertThat(workingDays.isWorkingDay(d("2026-10-10"))).isTrue(); // Saturday, 调休上班
		assertThat(workingDays.isWorkingDay(d("2026-10-11"))).isFalse(); // ordinary Sunday
		assertThat(workingDays.isWorkingDay(d("2026-09-20"))).isTrue(); // Sunday, 调休上班
		assertThat(workingDays.isWorkingDay(d("2026-09-25"))).isFalse(); // 中秋, Friday
		assertThat(workingDays.isWorkingDay(d("2026-02-28"))).isTrue(); // Saturday after 春节

		// 9.30 + 10: 10.8, 10.9, 10.10 (Sat), 10.12, 13, 14, 15, 16, 19, 20
		assertThat(workingDays.plusWorkingDays(d("2026-09-30"), 10)).isEqualTo(d("2026-10-20"));
		// 9.30 + 3: 10.8, 10.9, 10.10 — the 调休 Saturday is the third
		assertThat(workingDays.plusWorkingDays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
		// Friday 9.18 + 1 is Sunday 9.20 (调休上班), not Monday
		assertThat(workingDays.plusWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
		assertThat(workingDays.plusWorkingDays(d("2026-10-03"), 0)).isEqualTo(d("2026-10-03"));
		// back: the working day before 10.8 is 9.30
		assertThat(workingDays.plusWorkingDays(d("2026-10-08"), -1)).isEqualTo(d("2026-09-30"));
		assertThat(workingDays.plusWorkingDays(d("2026-10-21"), -10)).isEqualTo(d("2026-10-08"));

		assertThat(workingDays.workingDaysBetween(d("2026-09-30"), d("2026-10-20"))).isEqualTo(10);
		assertThat(workingDays.workingDaysBetween(d("2026-10-20"), d("2026-09-30"))).isEqualTo(-10);
		assertThat(workingDays.workingDaysBetween(d("2026-09-30"), d("2026-10-07"))).isZero();
		// an ordinary week without entries: Monday to Friday
		assertThat(workingDays.workingDaysBetween(d("2026-11-08"), d("2026-11-15"))).isEqualTo(5);
	}

	@Test
	void theCalendarPageShowsTheYearsHolidaysAndWorkingWeekends() throws Exception {
		String page = page("chief", "/standards/calendar?year=2026");
		assertThat(page).contains("国庆节").contains("2026-10-10").contains("调休上班").contains("法定节假日")
			.doesNotContain("calendar-form"); // the chief reads, does not edit
		// 2026 by hand: weekdays, minus the holidays that fall on weekdays (元旦 1.1–2; 春节 2.16–20, 2.23; 清明 4.6;
		// 劳动节 5.1, 5.4, 5.5; 端午 6.19; 中秋 9.25; 国庆 10.1, 10.2, 10.5–7 = 19), plus the six 调休 weekend days
		int weekdays = 0;
		for (LocalDate day = d("2026-01-01"); day.getYear() == 2026; day = day.plusDays(1)) {
			if (day.getDayOfWeek().getValue() <= 5) {
				weekdays++;
			}
		}
		assertThat(weekdays).isEqualTo(261);
		assertThat(page).contains("本年共 " + (261 - 19 + 6) + " 个工作日");
		assertThat(page("admin", "/standards/calendar?year=2026")).contains("calendar-form");
	}

	@Test
	void theAdminAddsAndRemovesAHolidayAndBothAreAudited() throws Exception {
		LocalDate monday = d("2031-03-03");
		assertThat(monday.getDayOfWeek().getValue()).isEqualTo(1);
		assertThat(workingDays.isWorkingDay(monday)).isTrue();
		long audit = audit();

		assertThat(mvc.perform(post("/standards/calendar").with(users.as("admin")).with(csrf())
			.param("day", "2031-03-03").param("kind", "HOLIDAY").param("name", "测试假日"))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/standards/calendar?year=2031");
		assertThat(workingDays.isWorkingDay(monday)).isFalse();
		assertThat(workingDays.plusWorkingDays(d("2031-02-28"), 1)).isEqualTo(d("2031-03-04"));
		assertThat(audit()).isEqualTo(audit + 1);
		assertThat(page("jiedao", "/standards/calendar?year=2031")).contains("测试假日");

		// a second entry for the same day is refused next to the field, nothing changes
		String refused = body(post("/standards/calendar").with(users.as("jiedao")).with(csrf())
			.param("day", "2031-03-03").param("kind", "HOLIDAY").param("name", "重复"));
		assertThat(refused).contains("2031-03-03 已经登记");
		assertThat(names("2031-03-03")).isEqualTo("测试假日");

		assertThat(mvc.perform(post("/standards/calendar/2031-03-03/delete").with(users.as("admin")).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(workingDays.isWorkingDay(monday)).isTrue();
		assertThat(audit()).isEqualTo(audit + 2);
		assertThat(jdbc.sql("select summary from audit_entry where module = 'standard' and action = 'CALENDAR_REMOVE' "
				+ "and object_id = '2031-03-03'").query(String.class).single()).contains("测试假日");
		// removing it again: 404
		assertThat(mvc.perform(post("/standards/calendar/2031-03-03/delete").with(users.as("admin")).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aStreetCaseworkerEntersAWorkingWeekendOnlyOnAWeekend() throws Exception {
		String refused = body(post("/standards/calendar").with(users.as("jiedao")).with(csrf())
			.param("day", "2032-03-03").param("kind", "WORKDAY").param("name", "调休"));
		assertThat(refused).contains("调休上班只能登记在周六或周日");
		assertThat(count("2032-03-03")).isZero();
		String noName = body(post("/standards/calendar").with(users.as("jiedao")).with(csrf())
			.param("day", "2032-03-06").param("kind", "WORKDAY").param("name", " "));
		assertThat(noName).contains("请填写名称");
		String badDay = body(post("/standards/calendar").with(users.as("jiedao")).with(csrf())
			.param("day", "2032-02-30").param("kind", "HOLIDAY").param("name", "x"));
		assertThat(badDay).contains("请填写有效的日期");

		LocalDate saturday = d("2032-03-06");
		assertThat(workingDays.isWorkingDay(saturday)).isFalse();
		mvc.perform(post("/standards/calendar").with(users.as("jiedao")).with(csrf())
			.param("day", "2032-03-06").param("kind", "WORKDAY").param("name", "调休上班"));
		assertThat(workingDays.isWorkingDay(saturday)).isTrue();
		assertThat(jdbc.sql("select created_by from standard_calendar_day where day = :d").param("d", saturday)
			.query(String.class).single()).isEqualTo("jiedao");
	}

	@Test
	void onlyTheAdminAndStreetCaseworkersChangeTheCalendar() throws Exception {
		for (String user : new String[] { "chief", "hongyuan" }) {
			assertThat(mvc.perform(post("/standards/calendar").with(users.as(user)).with(csrf())
				.param("day", "2033-03-07").param("kind", "HOLIDAY").param("name", "x"))
				.andReturn().getResponse().getStatus()).isEqualTo(403);
			assertThat(mvc.perform(post("/standards/calendar/2026-10-01/delete").with(users.as(user)).with(csrf()))
				.andReturn().getResponse().getStatus()).isEqualTo(403);
		}
		assertThat(count("2033-03-07")).isZero();
		assertThat(count("2026-10-01")).isOne();
		// the auditor sees neither the page nor the menu entry
		assertThat(mvc.perform(get("/standards/calendar").with(users.as("auditor"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(page("hongyuan", "/standards/calendar")).doesNotContain("calendar-form");
	}

	private String page(String user, String url) throws Exception {
		return body(get(url).with(users.as(user)));
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long audit() {
		return jdbc.sql("select count(*) from audit_entry where module = 'standard' and action like 'CALENDAR_%'")
			.query(Long.class).single();
	}

	private long count(String day) {
		return jdbc.sql("select count(*) from standard_calendar_day where day = :d").param("d", d(day))
			.query(Long.class).single();
	}

	private String names(String day) {
		return jdbc.sql("select name from standard_calendar_day where day = :d").param("d", d(day))
			.query(String.class).single();
	}

}
