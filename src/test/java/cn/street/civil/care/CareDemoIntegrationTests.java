package cn.street.civil.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo street's 优抚 and 残疾人 (loaded in the test context too, at its small scale): recipients of every
 * category in households with a payout account and paid this month, 光荣牌 with a replacement and households still
 * without one, the last 春节 campaign completed with its cash in the payout of February, and certificate holders in
 * 低保 households paid the living subsidy this month.
 */
@IntegrationTest
class CareDemoIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PayoutProgramme> programmes;

	PayoutProgramme programme(String code) {
		return programmes.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	List<Map<String, Object>> entitlements(String code, YearMonth month) {
		PayoutProgramme p = programme(code);
		return jdbc.sql(p.entitlementsSql()).params(p.parameters(month)).param("month", month.atDay(1)).query()
			.listOfRows();
	}

	@Test
	void recipientsPlaquesAndTheLastSpringFestival() {
		assertThat(count("select count(*) from care_recipient where created_at < now() - interval '1 day' and category = 'DISABLED_VETERAN'"))
			.isEqualTo(21);
		assertThat(count("select count(*) from care_recipient where created_at < now() - interval '1 day' and category = 'WAR_PARTICIPANT'"))
			.isEqualTo(20);
		assertThat(count("""
				select count(*) from care_recipient where created_at < now() - interval '1 day'
				and category not in ('DISABLED_VETERAN', 'WAR_PARTICIPANT')""")).isEqualTo(20);
		assertThat(count("""
				select count(*) from care_recipient r
				join household_membership m on m.person_id = r.person_id and m.valid_to is null
				join household h on h.id = m.household_id
				where r.created_at < now() - interval '1 day' and h.bank_account_cipher is null""")).as("all have an account").isZero();
		assertThat(count("""
				select count(*) from care_recipient where created_at < now() - interval '1 day'
				and disability_grade = 6 and disability_nature = 'DUTY'""")).isPositive();
		YearMonth now = YearMonth.from(LocalDate.now());
		List<Long> paid = entitlements("CARE", now).stream().map(r -> (Long) r.get("source_id")).toList();
		assertThat(paid).containsAll(jdbc.sql("""
				select id from care_recipient where created_at < now() - interval '1 day' and category <> 'ACTIVE_SERVICE_FAMILY'
				  and stopped_from is null""").query(Long.class).list());

		assertThat(count("""
				select count(*) from care_plaque p join care_recipient r on r.id = p.recipient_id
				where r.category = 'MARTYR_FAMILY' and r.created_at < now() - interval '1 day'""")).isGreaterThanOrEqualTo(4);
		assertThat(count("select count(*) from care_plaque where replaces_id is not null")).isGreaterThanOrEqualTo(2);
		assertThat(count("""
				select count(*) from care_recipient r
				join household_membership m on m.person_id = r.person_id and m.valid_to is null
				where r.created_at < now() - interval '1 day'
				  and not exists (select 1 from care_plaque p where p.household_id = m.household_id)"""))
			.as("some households still without a plaque").isPositive();

		int year = LocalDate.now().getMonthValue() >= 3 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
		Map<String, Object> campaign = jdbc.sql("select * from care_campaign where kind = 'SPRING_FESTIVAL' and year = :y")
			.param("y", year).query().singleRow();
		assertThat(campaign.get("state")).isEqualTo("CLOSED");
		long id = (long) campaign.get("id");
		assertThat(count("select count(*) from care_campaign_visit where campaign_id = " + id + " and visited_on is null"))
			.isZero();
		assertThat(count("select count(*) from care_campaign_visit where campaign_id = " + id + " and hand_picked"))
			.isPositive();
		assertThat(count("select count(*) from care_campaign_visit where campaign_id = " + id + " and not hand_picked"))
			.isEqualTo(61);
		List<Map<String, Object>> cash = entitlements("CARE_VISIT_CASH", YearMonth.of(year, 2)).stream()
			.filter(r -> r.get("source_id").equals(id)).toList();
		BigDecimal total = jdbc.sql("select sum(cash) from care_campaign_visit where campaign_id = :c").param("c", id)
			.query(BigDecimal.class).single();
		assertThat(cash).hasSize((int) count("select count(*) from care_campaign_visit where cash > 0 and campaign_id = " + id));
		assertThat(cash.stream().map(r -> (BigDecimal) r.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(total);
	}

	@Test
	void certificateHoldersAndTheSubsidiesInPayment() {
		long holders = count("select count(*) from disability_certificate where created_at < now() - interval '1 day'");
		assertThat(holders).isEqualTo(300);
		YearMonth now = YearMonth.from(LocalDate.now());
		// holders in households whose 低保 case is confirmed and paid this month (independently of the subsidy SQL)
		List<Long> poor = jdbc.sql("""
				select distinct d.person_id from disability_certificate d
				join household_membership m on m.person_id = d.person_id and m.valid_to is null
				join assistance_case c on c.household_id = m.household_id and c.programme = 'DIBAO' and c.state = 'CONFIRMED'
				where d.revoked_on is null and c.first_paid_month <= :month
				  and d.created_at < now() - interval '1 day'""")
			.param("month", now.atDay(1)).query(Long.class).list();
		assertThat(poor).hasSizeGreaterThanOrEqualTo(70);
		List<Long> living = entitlements("DISABILITY_LIVING", now).stream().map(r -> (Long) r.get("payee_person_id"))
			.toList();
		assertThat(living).containsAll(poor);
		assertThat(entitlements("DISABILITY_NURSING", now)).hasSizeGreaterThan(30);
	}

}
