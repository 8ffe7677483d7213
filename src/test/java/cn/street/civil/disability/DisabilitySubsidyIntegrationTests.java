package cn.street.civil.disability;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.street.civil.assistance.StandInDibaoParameters;
import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two subsidies follow the 低保 case by themselves: a 一级 肢体 holder needing long-term care in a household that
 * gets 低保 from next month is paid the living subsidy from that month, and when the case is terminated the month
 * after, the living subsidy stops from the following month with the reason, while the nursing subsidy goes on.
 * The programmes' SQL is run as the payout module runs it (:month plus {@code parameters(month)}); the expected
 * amounts are read from the standards in force, independently of that SQL.
 */
@IntegrationTest
class DisabilitySubsidyIntegrationTests {

	@Autowired
	DisabilityTestClient client;

	@Autowired
	List<PayoutProgramme> programmes;

	@Autowired
	Standards standards;

	@Autowired
	StandInDibaoParameters dibao;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void standard() {
		dibao.set("330", RoundingRule.ROUND_HALF_UP_FEN, 7);
	}

	@AfterEach
	void restore() {
		clock.reset();
		dibao.set("632", RoundingRule.CEIL_YUAN, 7);
	}

	PayoutProgramme programme(String code) {
		return programmes.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
	}

	List<Map<String, Object>> entitlements(String code, YearMonth month, long person) {
		PayoutProgramme p = programme(code);
		return client.jdbc.sql("select * from (" + p.entitlementsSql() + ") e where e.recipient_key = :key")
			.params(p.parameters(month))
			.param("month", month.atDay(1))
			.param("key", "P" + person)
			.query()
			.listOfRows();
	}

	Optional<String> stopReason(String code, YearMonth month, long person) {
		PayoutProgramme p = programme(code);
		return client.jdbc.sql("select reason from (" + p.stopReasonsSql() + ") s where s.recipient_key = :key")
			.params(p.parameters(month))
			.param("month", month.atDay(1))
			.param("key", "P" + person)
			.query(String.class)
			.optional();
	}

	@Test
	void theLivingSubsidyStartsAndStopsWithTheHouseholdsDibao() throws Exception {
		Object[] f = client.family("两项丁");
		long household = (long) f[0];
		long head = (long) f[1];
		long certificate = client.register("hongyuan", head, ((String) f[3]) + "41");
		YearMonth now = YearMonth.from(LocalDate.now(clock));

		// before 低保: only the nursing subsidy (一级, long-term care)
		assertThat(entitlements("DISABILITY_LIVING", now, head)).isEmpty();
		assertThat(stopReason("DISABILITY_LIVING", now, head)).contains("户不在低保");
		BigDecimal nursing = standards.money(StandardParameter.DISABILITY_NURSING_AMOUNT, "NURSING_GRADE_1", now);
		assertThat(entitlements("DISABILITY_NURSING", now, head)).singleElement().satisfies(row -> {
			assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(nursing);
			assertThat(row.get("payee_person_id")).isEqualTo(head);
			assertThat(row.get("household_id")).isEqualTo(household);
			assertThat(row.get("source_id")).isEqualTo(certificate);
			assertThat((String) row.get("breakdown")).contains("残疾等级一级");
		});

		// 低保 confirmed this month: paid from next month
		long dibaoCase = client.dibaoOnNotice(household, head, (long) f[2]);
		clock.advance(Duration.ofDays(7));
		client.act("chief", dibaoCase, "confirm", "comment", "同意");
		YearMonth first = YearMonth.from(LocalDate.now(clock)).plusMonths(1);
		YearMonth second = first.plusMonths(1);
		BigDecimal living = standards.money(StandardParameter.DISABILITY_LIVING_AMOUNT, "LIVING_DIBAO", first);
		assertThat(entitlements("DISABILITY_LIVING", first, head)).singleElement().satisfies(row -> {
			assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(living);
			assertThat((BigDecimal) row.get("base_amount")).isEqualByComparingTo(living);
			assertThat(row.get("recipient_key")).isEqualTo("P" + head);
			assertThat(row.get("person_count")).isEqualTo(1);
			assertThat((String) row.get("breakdown")).contains("低保家庭中的残疾人").contains(living.toPlainString());
		});
		assertThat(client.page("hongyuan", "/disability/certificates/" + certificate))
			.contains("户在低保：低保家庭中的残疾人，按标准 " + living.toPlainString());

		// in the first month paid, the chief terminates the case: no living subsidy from the month after
		clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), first.atDay(3).atStartOfDay()));
		assertThat(YearMonth.from(LocalDate.now(clock))).isEqualTo(first);
		client.act("chief", dibaoCase, "terminate", "reason", "INCOME_ABOVE_LINE", "comment", "收入已超过标准");
		assertThat(entitlements("DISABILITY_LIVING", first, head)).hasSize(1);
		assertThat(entitlements("DISABILITY_LIVING", second, head)).isEmpty();
		assertThat(stopReason("DISABILITY_LIVING", second, head)).contains("户的低保自 " + second + " 起终止");
		assertThat(entitlements("DISABILITY_NURSING", second, head)).singleElement()
			.satisfies(row -> assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(
					standards.money(StandardParameter.DISABILITY_NURSING_AMOUNT, "NURSING_GRADE_1", second)));
		assertThat(client.page("hongyuan", "/persons/" + head)).contains("户不在低保");
	}

	@Test
	void nursingNeedsTheGradeAndLongTermCare() throws Exception {
		Object[] f = client.family("护理戊");
		long head = (long) f[1];
		long spouse = (long) f[2];
		YearMonth month = YearMonth.from(LocalDate.now(clock));
		// 三级 精神: widened in the demo standards (一、二级 and 三级智力、精神)
		client.register("hongyuan", head, ((String) f[3]) + "63");
		assertThat(entitlements("DISABILITY_NURSING", month, head)).singleElement()
			.satisfies(row -> assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(
					standards.money(StandardParameter.DISABILITY_NURSING_AMOUNT, "NURSING_GRADE_3", month)));
		// 三级 肢体 is not covered; 二级 without long-term care is not paid
		client.perform(client.registration("hongyuan", spouse, ((String) f[4]) + "42", "longTermCare", "false"));
		assertThat(entitlements("DISABILITY_NURSING", month, spouse)).isEmpty();
		assertThat(stopReason("DISABILITY_NURSING", month, spouse)).contains("未登记需长期照护");
	}

}
