package cn.street.civil.elderly;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 高龄补贴 through the pages and the programme's payout SQL run directly (as the payout module will run it): newly
 * eligible → confirmation → next month's payout; tiers at the boundaries (birthday on the 1st and the last day of a
 * month, 29 February in a leap and in a common year, turning 90 mid-month) under both start rules, with the expected
 * tier computed here from completed years (Period) and the amount from the dated standards; death stopping it from
 * the next month; back pay never before the policy start; one enrolment per person; scope and roles.
 */
@IntegrationTest
class AgeAllowanceIntegrationTests {

	@Autowired
	ElderlyTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PayoutProgramme> programmes;

	@Autowired
	Standards standards;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	PayoutProgramme programme() {
		return programmes.stream().filter(p -> p.code().equals("AGE_ALLOWANCE")).findFirst().orElseThrow();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	YearMonth next() {
		return YearMonth.from(today()).plusMonths(1);
	}

	List<Map<String, Object>> entitlements(YearMonth month, String rule) {
		Map<String, Object> params = new HashMap<>(programme().parameters(month));
		if (rule != null) {
			params.put("startRule", rule);
		}
		return jdbc.sql(programme().entitlementsSql()).params(params).param("month", month.atDay(1)).query().listOfRows();
	}

	Optional<Map<String, Object>> line(long personId, YearMonth month, String rule) {
		return entitlements(month, rule).stream().filter(r -> ("P" + personId).equals(r.get("recipient_key"))).findFirst();
	}

	List<Map<String, Object>> stops(YearMonth month) {
		return jdbc.sql(programme().stopReasonsSql())
			.params(programme().parameters(month))
			.param("month", month.atDay(1))
			.query()
			.listOfRows();
	}

	/** The tier of a month, computed independently: completed years at the rule's reference day. */
	static String expectedTier(LocalDate birth, YearMonth month, String rule) {
		LocalDate ref = rule.equals("BIRTHDAY_MONTH") ? month.atEndOfMonth() : month.minusMonths(1).atEndOfMonth();
		int age = Period.between(birth, ref).getYears();
		return age >= 100 ? "AGE_100" : age >= 90 ? "AGE_90" : age >= 80 ? "AGE_80" : null;
	}

	BigDecimal amount(String tier, YearMonth month) {
		return standards.money(StandardParameter.AGE_ALLOWANCE_AMOUNT, tier, month);
	}

	String confirm(String user, long personId, String... extra) throws Exception {
		List<String> params = new ArrayList<>(List.of("survivalConfirmed", "true", "survivalCheckedOn", today().toString()));
		params.addAll(List.of(extra));
		var result = client.post(user, "/elderly/allowance/eligible/" + personId, params.toArray(String[]::new));
		return result.getResponse().getRedirectedUrl() != null ? result.getResponse().getRedirectedUrl()
				: result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	long enrolmentId(String redirect) {
		assertThat(redirect).startsWith("/elderly/allowance/");
		return Long.parseLong(redirect.substring("/elderly/allowance/".length()));
	}

	@Test
	void aPersonTurningEightyNextMonthIsNewlyEligibleAndOnceConfirmedInNextMonthsPayout() throws Exception {
		LocalDate birth = next().atDay(15).minusYears(80);
		long[] e = client.elder("hongyuan", "满八十", birth, true);

		assertThat(client.page("hongyuan", "/elderly/allowance/eligible?q=满八十")).contains("eligible-" + e[1]);
		assertThat(client.page("hongyuan", "/")).contains("待确认的老人");
		assertThat(line(e[1], next(), null)).isEmpty();

		long id = enrolmentId(confirm("hongyuan", e[1]));
		Map<String, Object> row = line(e[1], next(), null).orElseThrow();
		assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(amount("AGE_80", next()));
		assertThat((BigDecimal) row.get("base_amount")).isEqualByComparingTo(amount("AGE_80", next()));
		assertThat(row.get("payee_person_id")).isEqualTo(e[1]);
		assertThat(row.get("household_id")).isEqualTo(e[0]);
		assertThat(row.get("person_count")).isEqualTo(1);
		assertThat(row.get("source_id")).isEqualTo(id);
		assertThat((String) row.get("breakdown")).contains("80–89");
		assertThat(row.get("change_note")).isEqualTo("新增");
		assertThat(line(e[1], YearMonth.from(today()), null)).isEmpty();
		assertThat(programme().sourceHref(id)).isEqualTo("/elderly/allowance/" + id);

		assertThat(client.page("hongyuan", "/elderly/allowance/eligible?q=满八十")).doesNotContain("eligible-" + e[1]);
		assertThat(client.page("hongyuan", "/elderly/allowance/" + id)).contains("发放中").contains(next().toString());
		assertThat(client.page("hongyuan", "/elderly/allowance?q=满八十")).contains("enrolment-" + id);

		// a person never holds the allowance twice
		assertThat(confirm("hongyuan", e[1])).contains("一人不能重复享受");
		assertThat(jdbc.sql("select count(*) from age_allowance_enrolment where person_id = :p").param("p", e[1])
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where module = 'elderly' and action = 'ALLOWANCE_CONFIRM' and object_id = :id")
			.param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aPersonNotYetEligibleOrWithoutAccountIsRefused() throws Exception {
		long[] young = client.elder("hongyuan", "未满八十", next().plusMonths(2).atDay(1).minusYears(80), true);
		assertThat(client.page("hongyuan", "/elderly/allowance/eligible")).doesNotContain("eligible-" + young[1]);
		assertThat(confirm("hongyuan", young[1])).contains("才满足高龄补贴年龄条件");
		long[] noAccount = client.elder("hongyuan", "无账户", LocalDate.of(1940, 6, 6), false);
		assertThat(confirm("hongyuan", noAccount[1])).contains("尚未登记代发银行账户");
		assertThat(client.post("hongyuan", "/elderly/allowance/eligible/" + noAccount[1], "survivalConfirmed", "false",
				"survivalCheckedOn", today().toString()).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("请先核实本人健在");
		assertThat(jdbc.sql("select count(*) from age_allowance_enrolment where person_id in (:p)")
			.param("p", List.of(young[1], noAccount[1])).query(Long.class).single()).isZero();
	}

	@Test
	void tiersChangeByThemselvesAtTheBoundariesUnderBothStartRules() throws Exception {
		YearMonth t = next().plusMonths(2);
		Map<String, LocalDate> births = new java.util.LinkedHashMap<>();
		births.put("九十月初", t.atDay(1).minusYears(90));
		births.put("九十月末", t.atEndOfMonth().minusYears(90));
		births.put("九十月中", t.atDay(15).minusYears(90));
		births.put("八十月末", next().atEndOfMonth().minusYears(80));
		int leapHundred = next().getYear() + 1;
		while (!java.time.Year.isLeap(leapHundred - 100)) {
			leapHundred++;
		}
		births.put("百岁闰日", LocalDate.of(leapHundred - 100, 2, 29));
		int commonNinety = next().getYear() + 1;
		while (!java.time.Year.isLeap(commonNinety - 90) || java.time.Year.isLeap(commonNinety)) {
			commonNinety++;
		}
		births.put("九十闰日", LocalDate.of(commonNinety - 90, 2, 29));

		Map<String, Long> persons = new HashMap<>();
		for (var b : births.entrySet()) {
			long[] e = client.elder("hongyuan", b.getKey(), b.getValue(), true);
			persons.put(b.getKey(), e[1]);
			enrolmentId(confirm("hongyuan", e[1]));
		}
		Map<String, List<YearMonth>> months = Map.of("九十月初", around(t), "九十月末", around(t), "九十月中", around(t),
				"八十月末", around(next()), "百岁闰日", around(YearMonth.of(leapHundred, 2)),
				"九十闰日", around(YearMonth.of(commonNinety, 2)));
		List<String> wrong = new ArrayList<>();
		for (String rule : List.of("BIRTHDAY_MONTH", "MONTH_AFTER")) {
			for (var p : persons.entrySet()) {
				LocalDate birth = births.get(p.getKey());
				for (YearMonth m : months.get(p.getKey())) {
					String expected = expectedTier(birth, m, rule);
					if (m.isBefore(next())) {
						continue;
					}
					Optional<Map<String, Object>> row = line(p.getValue(), m, rule);
					String actual = row.map(r -> (String) r.get("tier")).orElse(null);
					BigDecimal paid = row.map(r -> (BigDecimal) r.get("amount")).orElse(null);
					if (!java.util.Objects.equals(expected, actual)
							|| (expected != null && paid.compareTo(amount(expected, m)) != 0)) {
						wrong.add(p.getKey() + " " + birth + " " + m + " " + rule + ": expected " + expected + " got "
								+ actual + " " + paid);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();

		// the months the tests name, spelled out: turning 90 on the 15th of T changes tier in T (当月) or T+1 (次月)
		assertThat(line(persons.get("九十月中"), t.minusMonths(1), "BIRTHDAY_MONTH").orElseThrow().get("tier")).isEqualTo("AGE_80");
		Map<String, Object> changed = line(persons.get("九十月中"), t, "BIRTHDAY_MONTH").orElseThrow();
		assertThat(changed.get("tier")).isEqualTo("AGE_90");
		assertThat((String) changed.get("change_note")).startsWith("调档：").contains("90–99");
		assertThat(line(persons.get("九十月中"), t, "MONTH_AFTER").orElseThrow().get("tier")).isEqualTo("AGE_80");
		assertThat(line(persons.get("九十月中"), t.plusMonths(1), "MONTH_AFTER").orElseThrow().get("tier")).isEqualTo("AGE_90");
		// born 29 February, 90 in a common year: completes the year on 1 March, so March is the birthday month
		assertThat(line(persons.get("九十闰日"), YearMonth.of(commonNinety, 2), "BIRTHDAY_MONTH").orElseThrow().get("tier"))
			.isEqualTo("AGE_80");
		assertThat(line(persons.get("九十闰日"), YearMonth.of(commonNinety, 3), "BIRTHDAY_MONTH").orElseThrow().get("tier"))
			.isEqualTo("AGE_90");
		// born 29 February, 100 in a leap year: February
		assertThat(line(persons.get("百岁闰日"), YearMonth.of(leapHundred, 2), "BIRTHDAY_MONTH").orElseThrow().get("tier"))
			.isEqualTo("AGE_100");
		assertThat(line(persons.get("百岁闰日"), YearMonth.of(leapHundred, 2), "MONTH_AFTER").orElseThrow().get("tier"))
			.isEqualTo("AGE_90");
	}

	private static List<YearMonth> around(YearMonth m) {
		return List.of(m.minusMonths(1), m, m.plusMonths(1));
	}

	@Test
	void eightyToEightyNineIsSplitBy低保Or特困InPaymentThatMonthForEveryLineOfNextMonth() throws Exception {
		YearMonth m = next();
		List<String> wrong = new ArrayList<>();
		List<Map<String, Object>> rows = entitlements(m, null);
		assertThat(rows).as("both sides of the split are there").anyMatch(r -> "AGE_80_ASSISTED".equals(r.get("tier")))
			.anyMatch(r -> "AGE_80".equals(r.get("tier")));
		for (Map<String, Object> row : rows) {
			long person = (Long) row.get("payee_person_id");
			LocalDate birth = jdbc.sql("select birth_date from registry_person where id = :p").param("p", person)
				.query(LocalDate.class).single();
			boolean assisted = jdbc.sql("""
					select exists (select 1 from assistance_payment_period pp
					  join assistance_case_member cm on cm.case_id = pp.case_id
					  where cm.person_id = :p and pp.programme in ('DIBAO', 'TEKUN') and pp.monthly_amount > 0
					    and pp.from_month <= :m and (pp.until_month is null or pp.until_month > :m))""")
				.param("p", person).param("m", m.atDay(1)).query(Boolean.class).single();
			String tier = expectedTier(birth, m, "BIRTHDAY_MONTH");
			String expected = "AGE_80".equals(tier) && assisted ? "AGE_80_ASSISTED" : tier;
			if (!expected.equals(row.get("tier")) || amount(expected, m).compareTo((BigDecimal) row.get("amount")) != 0) {
				wrong.add(person + " " + birth + " assisted=" + assisted + ": " + row.get("tier") + " " + row.get("amount"));
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void backPayCoversPastMonthsNeverBeforeThePolicyStartAndDeathStopsItFromTheNextMonth() throws Exception {
		long[] f = client.elderInFamily("hongyuan", "补发老人", LocalDate.of(1938, 7, 7));
		YearMonth current = YearMonth.from(today());
		String refused = confirm("hongyuan", f[1], "backpayReason", "NOT_REGISTERED_IN_TIME", "backpayFrom", "2024-06");
		assertThat(refused).contains("补发不能早于政策起始").contains("2024年6月");
		assertThat(confirm("hongyuan", f[1], "backpayFrom", current.toString())).contains("请选择补发原因");
		YearMonth from = current.minusMonths(2);
		long id = enrolmentId(confirm("hongyuan", f[1], "backpayReason", "NOT_FOUND", "backpayFrom", from.toString()));

		for (YearMonth m = from; !m.isAfter(current); m = m.plusMonths(1)) {
			Map<String, Object> row = line(f[1], m, null).orElseThrow();
			assertThat(row.get("change_note")).as(m.toString()).isEqualTo("补发：查找不到本人");
			assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(amount(expectedTier(LocalDate.of(1938, 7, 7), m, "BIRTHDAY_MONTH"), m));
		}
		assertThat(line(f[1], from.minusMonths(1), null)).isEmpty();
		assertThat(line(f[1], next(), null).orElseThrow().get("change_note")).isEqualTo("新增");

		// death today: paid through this month, stopped from the next
		client.post("hongyuan", "/households/" + f[0] + "/members/" + f[1] + "/death", "date", today().toString(),
				"reason", "病故", "version", String.valueOf(client.householdVersion(f[0])));
		assertThat(line(f[1], next(), null)).isEmpty();
		assertThat(line(f[1], current, null)).isPresent();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select stop_reason from age_allowance_enrolment where id = :id").param("id", id)
				.query(String.class).optional().orElse(null) != null);
		assertThat(jdbc.sql("select stop_month from age_allowance_enrolment where id = :id").param("id", id)
			.query(LocalDate.class).single()).isEqualTo(next().atDay(1));
		assertThat(stops(next())).anyMatch(r -> ("P" + f[1]).equals(r.get("recipient_key"))
				&& ((String) r.get("reason")).startsWith("去世"));
		assertThat(client.page("hongyuan", "/elderly/allowance/" + id)).contains("已停发").contains("去世");
	}

	@Test
	void aBackPayWithoutAMonthStartsAtThePolicyStart() throws Exception {
		long[] e = client.elder("hongyuan", "政策起始", LocalDate.of(1936, 10, 10), true);
		long id = enrolmentId(confirm("hongyuan", e[1], "backpayReason", "NOT_REGISTERED_IN_TIME"));
		// the demo standards start in January 2025: the earliest month every month since has its standards
		YearMonth expected = YearMonth.from(today());
		while (covered(expected.minusMonths(1))) {
			expected = expected.minusMonths(1);
		}
		assertThat(jdbc.sql("select first_month from age_allowance_enrolment where id = :id").param("id", id)
			.query(LocalDate.class).single()).isEqualTo(expected.atDay(1));
		assertThat(line(e[1], expected, null)).isPresent();
		assertThat(expected).isEqualTo(YearMonth.of(2025, 1));
	}

	private boolean covered(YearMonth m) {
		try {
			amount("AGE_80", m);
			return true;
		}
		catch (cn.street.civil.standard.StandardMissingException ex) {
			return false;
		}
	}

	@Test
	void aCaseworkerStopsWithAReasonFromNextMonthAndAStalePageGets409() throws Exception {
		long[] e = client.elder("hongyuan", "自愿放弃", LocalDate.of(1941, 3, 3), true);
		long id = enrolmentId(confirm("hongyuan", e[1]));
		long version = jdbc.sql("select version from age_allowance_enrolment where id = :id").param("id", id).query(Long.class).single();
		var past = client.post("hongyuan", "/elderly/allowance/" + id + "/stop", "reason", "VOLUNTARY", "fromMonth",
				YearMonth.from(today()).minusMonths(1).toString(), "version", String.valueOf(version));
		assertThat(past.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("停发月份不能早于");
		var registry = client.post("hongyuan", "/elderly/allowance/" + id + "/stop", "reason", "DECEASED", "fromMonth",
				next().toString(), "version", String.valueOf(version));
		assertThat(registry.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("由户籍登记自动停发");
		var done = client.post("hongyuan", "/elderly/allowance/" + id + "/stop", "reason", "VOLUNTARY", "fromMonth",
				next().plusMonths(1).toString(), "note", "本人书面申请", "version", String.valueOf(version));
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/elderly/allowance/" + id);
		assertThat(line(e[1], next(), null)).isPresent();
		assertThat(line(e[1], next().plusMonths(1), null)).isEmpty();
		assertThat(stops(next().plusMonths(1))).anyMatch(r -> ("P" + e[1]).equals(r.get("recipient_key"))
				&& r.get("reason").equals("自愿放弃：本人书面申请"));
		var stale = client.post("hongyuan", "/elderly/allowance/" + id + "/stop", "reason", "OTHER", "fromMonth",
				next().toString(), "version", String.valueOf(version));
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		// stopped: the person may be confirmed again only from the stop month on
		assertThat(client.page("hongyuan", "/elderly/allowance/eligible")).doesNotContain("eligible-" + e[1]);
	}

	@Test
	void everyRouteLoadingByIdAnswers404OutsideTheScopeAnd403ToTheWrongRole() throws Exception {
		long[] e = client.elder("hongyuan", "范围老人", LocalDate.of(1939, 9, 9), true);
		long id = enrolmentId(confirm("hongyuan", e[1]));
		for (String url : List.of("/elderly/persons/" + e[1], "/elderly/allowance/eligible/" + e[1],
				"/elderly/allowance/" + id)) {
			assertThat(client.status("xindian", url)).as(url).isEqualTo(404);
			assertThat(client.status("admin", url)).as(url).isEqualTo(403);
			assertThat(client.status("auditor", url)).as(url).isEqualTo(403);
		}
		assertThat(client.status("chief", "/elderly/allowance/" + id)).isEqualTo(200);
		assertThat(client.status("chief", "/elderly/allowance/eligible/" + e[1])).isEqualTo(403);
		assertThat(client.status("jiedao", "/elderly/allowance/eligible/" + e[1])).isEqualTo(200);
		long version = jdbc.sql("select version from age_allowance_enrolment where id = :id").param("id", id).query(Long.class).single();
		assertThat(client.post("xindian", "/elderly/allowance/" + id + "/stop", "reason", "OTHER", "fromMonth",
				next().toString(), "version", String.valueOf(version)).getResponse().getStatus()).isEqualTo(404);
		assertThat(client.post("chief", "/elderly/allowance/" + id + "/stop", "reason", "OTHER", "fromMonth",
				next().toString(), "version", String.valueOf(version)).getResponse().getStatus()).isEqualTo(403);
		assertThat(client.post("xindian", "/elderly/allowance/eligible/" + e[1], "survivalConfirmed", "true",
				"survivalCheckedOn", today().toString()).getResponse().getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from age_allowance_enrolment where id = :id and stop_month is not null")
			.param("id", id).query(Long.class).single()).isZero();
		assertThat(client.page("xindian", "/elderly/allowance")).doesNotContain("enrolment-" + id);
		assertThat(client.page("xindian", "/elderly/allowance/eligible")).doesNotContain("eligible-" + e[1]);
	}

}
