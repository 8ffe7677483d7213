package cn.street.civil.care;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.street.civil.disability.DisabilityTestClient;
import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;
import cn.street.civil.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 优抚 over HTTP on the real database: a 六级因公 残疾军人's amount from the standards, before and after a 1 August
 * change approved through the 政策标准 (four eyes); 因病 only up to 六级; a death reported by the registry stops the
 * entitlement from the next month and puts the 丧葬补助 on the to-do list; scope and the configured roles.
 */
@IntegrationTest
class CareIntegrationTests {

	/** The test's 1 August: far ahead, so no other test's month is touched. */
	static final YearMonth AUGUST = YearMonth.of(2031, 8);

	@Autowired
	DisabilityTestClient client;

	@Autowired
	List<PayoutProgramme> programmes;

	@Autowired
	Standards standards;

	PayoutProgramme care() {
		return programmes.stream().filter(p -> p.code().equals("CARE")).findFirst().orElseThrow();
	}

	List<Map<String, Object>> entitlements(YearMonth month, long recipient) {
		return client.jdbc.sql("select * from (" + care().entitlementsSql() + ") e where e.recipient_key = :key")
			.params(care().parameters(month))
			.param("month", month.atDay(1))
			.param("key", "C" + recipient)
			.query()
			.listOfRows();
	}

	Optional<String> stopReason(YearMonth month, long recipient) {
		return client.jdbc.sql("select reason from (" + care().stopReasonsSql() + ") s where s.recipient_key = :key")
			.params(care().parameters(month))
			.param("month", month.atDay(1))
			.param("key", "C" + recipient)
			.query(String.class)
			.optional();
	}

	MockHttpServletRequestBuilder registration(String user, String idNumber, String... params) {
		MockHttpServletRequestBuilder r = post("/care/recipients").with(client.users.as(user)).with(csrf())
			.param("idNumber", idNumber)
			.param("certificateNo", "鲁残军字第001号")
			.param("sinceMonth", YearMonth.from(LocalDate.now()).plusMonths(1).toString());
		for (int i = 0; i < params.length; i += 2) {
			r.param(params[i], params[i + 1]);
		}
		return r;
	}

	long register(String user, String idNumber, String... params) throws Exception {
		String location = client.perform(registration(user, idNumber, params)).getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/care/recipients/")) {
			throw new AssertionError("registration refused: " + location);
		}
		return Long.parseLong(location.substring("/care/recipients/".length()));
	}

	@Test
	void aSixthGradeDutyVeteransAmountFollowsTheStandardAcrossAnAugustChange() throws Exception {
		Object[] f = client.family("优抚甲");
		String illness = client.body(registration("hongyuan", (String) f[3], "category", "DISABLED_VETERAN",
				"disabilityGrade", "7", "disabilityNature", "ILLNESS"));
		assertThat(illness).contains("因病致残只评定一级至6级");
		String noGrade = client.body(registration("hongyuan", (String) f[3], "category", "DISABLED_VETERAN"));
		assertThat(noGrade).contains("残疾军人须填写残疾等级");
		long id = register("hongyuan", (String) f[3], "category", "DISABLED_VETERAN", "disabilityGrade", "6",
				"disabilityNature", "DUTY");
		YearMonth next = YearMonth.from(LocalDate.now()).plusMonths(1);
		BigDecimal nextAmount = standards.money(StandardParameter.CARE_DISABILITY_PENSION, "G6_DUTY", next);
		assertThat(client.page("hongyuan", "/care/recipients/" + id)).contains("六级因公残疾军人")
			.contains(nextAmount.toPlainString());

		// a new table from 1 August, proposed by the street caseworker and approved by the chief
		String location = client.perform(post("/standards/proposals").with(client.users.as("jiedao")).with(csrf())
			.param("item", "CARE_DISABILITY_PENSION.G6_DUTY").param("validFrom", AUGUST.toString())
			.param("value", "4321.50").param("note", "退役军人部发〔2031〕1号")).getResponse().getRedirectedUrl();
		long proposal = Long.parseLong(location.substring("/standards/proposals/".length()));
		assertThat(client.perform(post("/standards/proposals/{id}/approve", proposal).with(client.users.as("chief"))
			.with(csrf()).param("version", "0")).getResponse().getStatus()).isEqualTo(302);

		BigDecimal july = standards.money(StandardParameter.CARE_DISABILITY_PENSION, "G6_DUTY", AUGUST.minusMonths(1));
		assertThat(july).isNotEqualByComparingTo("4321.50");
		assertThat(entitlements(AUGUST.minusMonths(1), id)).singleElement().satisfies(row -> {
			assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(july);
			assertThat((String) row.get("breakdown")).contains("六级因公残疾军人").contains(july.toPlainString());
			assertThat(row.get("payee_person_id")).isEqualTo(f[1]);
			assertThat(row.get("household_id")).isEqualTo(f[0]);
		});
		assertThat(entitlements(AUGUST, id)).singleElement()
			.satisfies(row -> assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("4321.50"));
		// not paid before the first month
		assertThat(entitlements(YearMonth.from(LocalDate.now()), id)).isEmpty();
	}

	@Test
	void aDeathStopsItFromTheNextMonthAndPutsTheFuneralGrantOnTheToDoList() throws Exception {
		Object[] f = client.family("优抚乙");
		long id = register("hongyuan", (String) f[4], "category", "MARTYR_FAMILY");
		YearMonth next = YearMonth.from(LocalDate.now()).plusMonths(1);
		LocalDate death = next.atDay(10);
		client.perform(post("/households/" + f[0] + "/members/" + f[2] + "/death").with(client.users.as("hongyuan"))
			.with(csrf()).param("date", LocalDate.now().toString()).param("reason", "病故")
			.param("version", String.valueOf(client.households.version((long) f[0]))));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> client.jdbc
			.sql("select funeral_grant from care_recipient where id = :id").param("id", id).query(String.class)
			.optional().filter("DUE"::equals).isPresent());
		assertThat(death).isAfter(LocalDate.now());
		// died this month (before the first paid month): never paid, the stop is explained
		assertThat(entitlements(next, id)).isEmpty();
		assertThat(stopReason(next, id)).hasValueSatisfying(r -> assertThat(r).contains("去世").contains("自次月起停发"));
		assertThat(client.page("hongyuan", "/")).contains("丧葬补助待发放 ");
		String page = client.page("hongyuan", "/care/recipients/" + id);
		assertThat(page).contains("id=\"funeral\">待发放<");
		long version = client.jdbc.sql("select version from care_recipient where id = :id").param("id", id)
			.query(Long.class).single();
		assertThat(client.perform(post("/care/recipients/{id}/funeral-grant", id).with(client.users.as("shijiyuan"))
			.with(csrf()).param("version", String.valueOf(version))).getResponse().getStatus()).isEqualTo(404);
		assertThat(client.perform(post("/care/recipients/{id}/funeral-grant", id).with(client.users.as("hongyuan"))
			.with(csrf()).param("version", String.valueOf(version))).getResponse().getStatus()).isEqualTo(302);
		assertThat(client.page("hongyuan", "/care/recipients/" + id)).contains("id=\"funeral\">已发放<");
	}

	@Test
	void recipientsAreScopedAndLimitedToTheConfiguredRoles() throws Exception {
		Object[] f = client.family("优抚丙");
		long id = register("hongyuan", (String) f[3], "category", "WAR_PARTICIPANT");
		String url = "/care/recipients/" + id;
		assertThat(client.status("hongyuan", url)).isEqualTo(200);
		assertThat(client.status("chief", url)).isEqualTo(200);
		assertThat(client.status("shijiyuan", url)).isEqualTo(404);
		assertThat(client.status("admin", url)).isEqualTo(403);
		assertThat(client.status("auditor", url)).isEqualTo(403);
		assertThat(client.status("admin", "/care/recipients")).isEqualTo(403);
		assertThat(client.status("chief", "/care/recipients/new")).isEqualTo(403);
		assertThat(client.perform(post(url + "/stop").with(client.users.as("shijiyuan")).with(csrf())
			.param("version", "0").param("reason", "OTHER")).getResponse().getStatus()).isEqualTo(404);
		assertThat(client.perform(post(url + "/stop").with(client.users.as("chief")).with(csrf())
			.param("version", "0").param("reason", "OTHER")).getResponse().getStatus()).isEqualTo(403);
		assertThat(client.perform(registration("shijiyuan", (String) f[4], "category", "MARTYR_FAMILY")).getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("没有这个身份证号的人员");
		assertThat(client.page("shijiyuan", "/care/recipients")).doesNotContain("recipient-" + id);
		assertThat(client.page("hongyuan", "/care/recipients")).contains("recipient-" + id);
		assertThat(client.page("hongyuan", "/persons/" + f[1])).contains("参战参试退役人员");
		assertThat(client.perform(post(url + "/stop").with(client.users.as("hongyuan")).with(csrf())
			.param("version", "0").param("reason", "MOVED_OUT")).getResponse().getStatus()).isEqualTo(302);
		assertThat(client.perform(post(url + "/stop").with(client.users.as("hongyuan")).with(csrf())
			.param("version", "0").param("reason", "MOVED_OUT")).getResponse().getStatus()).isEqualTo(409);
	}

}
