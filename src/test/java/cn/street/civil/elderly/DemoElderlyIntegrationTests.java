package cn.street.civil.elderly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo street's elderly services as loaded (at the tests' small scale): providers, items, the allowance for the
 * 80+ with an account, last month's confirmed orders within every elder's quota and without a worker's overlap,
 * the settled month whose totals are its orders'.
 */
@IntegrationTest
class DemoElderlyIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ElderlyTestClient client;

	@Test
	void theDemoStreetHasItsElderlyServices() throws Exception {
		YearMonth last = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
		assertThat(jdbc.sql("select count(*) from home_care_provider where created_by = 'jiedao' and name like '%养老服务%'")
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from home_care_item where code in ('MEAL', 'BATH', 'CLEAN', 'EMERGENCY', 'MEDICAL', 'WALK', 'SHOPPING', 'COMPANY')")
			.query(Long.class).single()).isEqualTo(8);
		// the allowance: every enrolment of the demo is an 80+ with a payout account
		assertThat(jdbc.sql("""
				select count(*) from age_allowance_enrolment e join registry_person p on p.id = e.person_id
				where e.confirmed_by = 'jiedao' and e.created_by = 'jiedao'
				  and p.birth_date > e.first_month - interval '80 years' + interval '1 month'""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from age_allowance_enrolment where created_by = 'jiedao'").query(Long.class).single())
			.isPositive();
		// last month's orders are within each elder's quota
		assertThat(jdbc.sql("""
				select count(*) from (select o.person_id, sum(o.minutes) as minutes from home_care_order o
				  where o.service_month = :m and o.created_by <> 'hongyuan' group by o.person_id) t
				join lateral (select a.level from elderly_assessment a where a.person_id = t.person_id order by a.assessed_on desc limit 1) a on true
				where t.minutes > case a.level when 'MILD' then 8 when 'MODERATE' then 12 when 'SEVERE' then 20 else 30 end * 60""")
			.param("m", last.atDay(1)).query(Long.class).single()).isZero();
		// the settled month: totals are the orders', the first provider approved
		for (var s : jdbc.sql("select id, status, amount, order_count from home_care_settlement where month = :m and prepared_by = 'jiedao' and created_by = 'jiedao'")
			.param("m", last.atDay(1)).query().listOfRows()) {
			BigDecimal sum = jdbc.sql("select coalesce(sum(amount), 0) from home_care_order where settlement_id = :s")
				.param("s", s.get("id")).query(BigDecimal.class).single();
			assertThat((BigDecimal) s.get("amount")).isEqualByComparingTo(sum);
		}
		assertThat(client.page("chief", "/elderly/home-care/settlements")).contains("历下区颐康居家养老服务中心").contains("已批准");
		assertThat(client.page("jiedao", "/elderly/allowance")).contains("enrolment-");
		assertThat(client.page("jiedao", "/elderly")).contains("band-FROM_80");
	}

}
