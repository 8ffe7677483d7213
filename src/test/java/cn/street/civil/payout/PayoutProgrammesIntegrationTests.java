package cn.street.civil.payout;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every programme is paid through the one plug-in point: 低保, 特困, the two disability subsidies, 优抚, the visit
 * cash and the age allowance each get their month's batch from their own SQL, line for line; and the 残疾人 path
 * of the issue: a 一级肢体 person in a 低保 household gets both subsidies in next month's payout, and when the 低保
 * case ends the living subsidy stops from the month after, with the reason in the diff, while nursing goes on.
 */
@IntegrationTest
class PayoutProgrammesIntegrationTests {

	@Autowired
	PayoutTestClient client;

	@Autowired
	List<PayoutProgramme> programmes;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	HouseholdDirectory directory;

	@AfterEach
	void resetClock() {
		client.clock.reset();
	}

	@Test
	void everyProgrammesBatchIsItsOwnEntitlementQueryLineForLine() throws Exception {
		YearMonth month = client.monthAhead(70);
		assertThat(programmes).extracting(PayoutProgramme::code).contains("DIBAO", "TEKUN", "DISABILITY_LIVING",
				"DISABILITY_NURSING", "CARE", "CARE_VISIT_CASH", "AGE_ALLOWANCE");
		for (PayoutProgramme programme : programmes) {
			Map<String, BigDecimal> expected = entitlements(programme, month);
			long id = client.generated(programme.code(), month);
			assertThat(client.lines(id)).as(programme.code()).isEqualTo(expected);
			assertThat(client.total(id)).as(programme.code()).isEqualByComparingTo(PayoutTestClient.sum(expected));
			if (!programme.code().equals("CARE_VISIT_CASH")) {
				assertThat(expected).as(programme.code() + " pays someone in the demo street").isNotEmpty();
			}
		}
	}

	@Test
	void bothSubsidiesFollowTheDibaoCaseAndTheLivingSubsidyStopsTheMonthAfterItEnds() throws Exception {
		client.monthAhead(75);
		Map<String, Object> member = client.jdbc.sql("""
				select c.id as case_id, c.version, m.person_id from assistance_case c
				join household h on h.id = c.household_id and h.status = 'ACTIVE'
				join household_membership m on m.household_id = c.household_id and m.valid_to is null
				join person p on p.id = m.person_id and p.status = 'ACTIVE'
				where c.programme = 'DIBAO' and c.state = 'CONFIRMED'
				  and not exists (select 1 from disability_certificate d where d.person_id = m.person_id)
				  and not exists (select 1 from disability_certificate d join household_membership o
				                  on o.person_id = d.person_id and o.valid_to is null where o.household_id = c.household_id)
				order by c.id limit 1""").query().singleRow();
		long person = ((Number) member.get("person_id")).longValue();
		String idNumber = directory.revealIdNumbers(List.of(person), "测试：残疾人证号", DataScope.ALL).get(person);
		int registered = client.mvc.perform(post("/disability/certificates").with(client.users.as("jiedao")).with(csrf())
			.param("personId", String.valueOf(person)).param("number", idNumber + "41")
			.param("issuedOn", LocalDate.now(client.clock).minusMonths(2).toString())
			.param("reviewOn", LocalDate.now(client.clock).plusYears(4).toString())
			.param("employment", "UNEMPLOYED").param("longTermCare", "true")).andReturn().getResponse().getStatus();
		assertThat(registered).isEqualTo(302);

		YearMonth next = YearMonth.now(client.clock).plusMonths(1);
		long living = client.generated("DISABILITY_LIVING", next);
		long nursing = client.generated("DISABILITY_NURSING", next);
		assertThat(payee(living, person)).as("living subsidy next month").isTrue();
		assertThat(payee(nursing, person)).as("nursing subsidy next month").isTrue();

		// in that month the chief ends the 低保 case: paid to the end of the month, nothing after
		client.clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(client.clock),
				next.atDay(2))));
		assertThat(client.status("chief", post("/dibao/cases/{id}/terminate", member.get("case_id")).with(csrf())
			.param("version", String.valueOf(client.jdbc.sql("select version from assistance_case where id = :id")
				.param("id", member.get("case_id")).query(Long.class).single()))
			.param("reason", "INCOME_ABOVE_LINE").param("comment", "家庭收入增加"))).isEqualTo(302);
		YearMonth after = YearMonth.now(client.clock).plusMonths(1);
		assertThat(after).isEqualTo(next.plusMonths(1));
		long livingAfter = client.generated("DISABILITY_LIVING", after);
		long nursingAfter = client.generated("DISABILITY_NURSING", after);
		assertThat(payee(livingAfter, person)).as("no living subsidy once the 低保 has ended").isFalse();
		assertThat(payee(nursingAfter, person)).as("the nursing subsidy does not follow the 低保").isTrue();
		String reason = client.jdbc.sql("""
				select s.reason from payout_stop s join payout_line p on p.id = s.previous_line_id
				where s.batch_id = :b and p.payee_person_id = :p""").param("b", livingAfter).param("p", person)
			.query(String.class).single();
		assertThat(reason).contains("低保");
		assertThat(client.page("chief", "/payouts/" + livingAfter + "?view=stopped")).contains(reason);
	}

	private boolean payee(long batch, long person) {
		return client.jdbc.sql("select count(*) from payout_line where batch_id = :b and payee_person_id = :p")
			.param("b", batch).param("p", person).query(Long.class).single() > 0;
	}

	/** The programme's own rows for the month, as the plug-in point defines them, less payees gone before it. */
	private Map<String, BigDecimal> entitlements(PayoutProgramme programme, YearMonth month) {
		Map<String, Object> parameters = new HashMap<>(programme.parameters(month));
		parameters.put("month", month.atDay(1));
		Map<String, BigDecimal> rows = new TreeMap<>();
		named.query("select e.recipient_key, e.amount from (" + programme.entitlementsSql() + ") e "
				+ "join person p on p.id = e.payee_person_id "
				+ "where not (p.status <> 'ACTIVE' and p.status_date < :month)", parameters,
				rs -> {
					rows.merge(rs.getString(1), rs.getBigDecimal(2), BigDecimal::add);
				});
		return rows;
	}

}
