package cn.street.civil.standard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The lookup over the demo street's standards (DemoStandards: 低保标准 310 元 in 2025, 330 元 from 2026-01, the rest
 * from 2025-01). Other tests only add rows far in the future, so these months stay as the demo has them.
 */
@IntegrationTest
class StandardsLookupIntegrationTests {

	@Autowired
	Standards standards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void findsTheRowOfTheMonthOnEitherSideOfAChange() {
		StandardInForce december = standards.valueFor(StandardParameter.DIBAO_STANDARD, "URBAN", YearMonth.of(2025, 12));
		assertThat(december.money()).isEqualTo(new BigDecimal("310.00"));
		assertThat(december.validFrom()).isEqualTo(YearMonth.of(2025, 1));
		assertThat(december.validTo()).isEqualTo(YearMonth.of(2026, 1));
		assertThat(december.label()).isEqualTo("城镇低保标准");
		assertThat(december.valueText()).isEqualTo("310.00 元/人·月");

		StandardInForce january = standards.valueFor(StandardParameter.DIBAO_STANDARD, "URBAN", YearMonth.of(2026, 1));
		assertThat(january.money()).isEqualTo(new BigDecimal("330.00"));
		assertThat(january.validFrom()).isEqualTo(YearMonth.of(2026, 1));
		assertThat(standards.money(StandardParameter.DIBAO_STANDARD, "RURAL", YearMonth.of(2025, 1)))
			.isEqualTo(new BigDecimal("310.00"));
		assertThat(standards.money(StandardParameter.DIBAO_STANDARD, "RURAL", YearMonth.of(2026, 2)))
			.isEqualTo(new BigDecimal("330.00"));
	}

	@Test
	void returnsEachKindTyped() {
		YearMonth month = YearMonth.of(2026, 6);
		assertThat(standards.integer(StandardParameter.PUBLICITY_DAYS, null, month)).isEqualTo(7);
		assertThat(standards.ratio(StandardParameter.EDGE_INCOME_MULTIPLIER, null, month)).isEqualByComparingTo("1.5");
		assertThat(standards.choice(StandardParameter.DIBAO_ROUNDING, null, month, RoundingRule.class))
			.isEqualTo(RoundingRule.ROUND_HALF_UP_FEN);
		assertThat(standards.choice(StandardParameter.COMMUNITY_REVIEW_MODE, null, month, CommunityReviewMode.class))
			.isEqualTo(CommunityReviewMode.ON_OBJECTION);
		assertThat(standards.integer(StandardParameter.REVIEW_INTERVAL_MONTHS, "C", month)).isEqualTo(3);
		assertThat(standards.money(StandardParameter.TEKUN_CARE_AMOUNT, "PARTIAL_CARE", month))
			.isEqualTo(new BigDecimal("300.00"));
		assertThatThrownBy(() -> standards.choice(StandardParameter.DIBAO_ROUNDING, null, month, PaymentMethod.class))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> standards.money(StandardParameter.PUBLICITY_DAYS, null, month))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDimensionMustBelongToTheParameter() {
		YearMonth month = YearMonth.of(2026, 6);
		assertThatThrownBy(() -> standards.valueFor(StandardParameter.DIBAO_STANDARD, null, month))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> standards.valueFor(StandardParameter.PUBLICITY_DAYS, "URBAN", month))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> standards.valueFor(StandardParameter.TEKUN_CARE_AMOUNT, "MARS", month))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAMonthWithoutARowNamingTheParameterAndTheMonth() {
		StandardMissingException missing = catchThrowableOfType(StandardMissingException.class,
				() -> standards.valueFor(StandardParameter.DIBAO_STANDARD, "URBAN", YearMonth.of(2024, 12)));
		assertThat(missing.getMessage()).isEqualTo("2024年12月没有有效的『城镇低保标准』，请先在政策标准中设置");
		assertThat(missing.overlapping()).isFalse();
		assertThat(missing.month()).isEqualTo(YearMonth.of(2024, 12));
		assertThat(missing.parameter()).isEqualTo(StandardParameter.DIBAO_STANDARD);

		// a parameter the demo leaves unset (单人保 is computed as 标准 − 收入 there)
		assertThatThrownBy(() -> standards.valueFor(StandardParameter.SINGLE_PERSON_AMOUNT, "RURAL", YearMonth.of(2026, 3)))
			.isInstanceOf(StandardMissingException.class)
			.hasMessage("2026年3月没有有效的『农村单人保定额』，请先在政策标准中设置");
	}

	@Test
	void theDatabaseRefusesOverlappingRowsAndTheLookupRefusesThemIfTheyAreThereAnyway() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> insertApproved(2025, 6, "999.00")))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("standard_value_no_overlap");

		// without the constraint (dropped inside a transaction that is rolled back): two rows cover 2025-06
		tx.executeWithoutResult(status -> {
			jdbc.sql("alter table standard_value drop constraint standard_value_no_overlap").update();
			insertApproved(2025, 6, "999.00");
			StandardMissingException overlap = catchThrowableOfType(StandardMissingException.class,
					() -> standards.valueFor(StandardParameter.DIBAO_STANDARD, "URBAN", YearMonth.of(2025, 6)));
			assertThat(overlap.overlapping()).isTrue();
			assertThat(overlap.getMessage()).startsWith("2025年6月的『城镇低保标准』有多条同时有效的记录（#")
				.endsWith("无法确定适用哪一条，请联系系统管理员核查");
			// the month before the bad row is still unambiguous
			assertThat(standards.money(StandardParameter.DIBAO_STANDARD, "URBAN", YearMonth.of(2025, 5)))
				.isEqualTo(new BigDecimal("310.00"));
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from pg_constraint where conname = 'standard_value_no_overlap'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void listsEveryValueInForceInAMonth() {
		List<StandardInForce> basis = standards.inForce(YearMonth.of(2026, 1));
		assertThat(basis).extracting(StandardInForce::label)
			.contains("城镇低保标准", "农村低保标准", "补差金额取整", "低保边缘家庭收入倍数", "特困照料护理标准（全护理）", "公示天数",
					"定期核查间隔（A 类）", "办理总时限")
			.doesNotContain("农村单人保定额")
			.doesNotHaveDuplicates();
		assertThat(basis).filteredOn(v -> v.label().equals("城镇低保标准"))
			.singleElement()
			.extracting(StandardInForce::valueText, StandardInForce::note)
			.containsExactly("330.00 元/人·月", "济民发〔2025〕18号");
		assertThat(basis).filteredOn(v -> v.parameter() == StandardParameter.COMMUNITY_REVIEW_MODE)
			.singleElement()
			.extracting(StandardInForce::valueText)
			.isEqualTo("公示有异议时开展");
		assertThat(basis.get(0).parameter()).isEqualTo(StandardParameter.DIBAO_STANDARD);
		assertThat(standards.inForce(YearMonth.of(2024, 12))).isEmpty();
	}

	private void insertApproved(int year, int month, String money) {
		jdbc.sql("""
				insert into standard_value (parameter, value_kind, dimension, valid_from, money, note, status,
				    proposed_by_name, decided_by, decided_by_name, decided_at, created_at, created_by, updated_at, updated_by)
				values ('DIBAO_STANDARD', 'MONEY', 'URBAN', make_date(:year, :month, 1), cast(:money as numeric), '测试',
				    'APPROVED', '测试', 'chief', '王科长', now(), now(), 'jiedao', now(), 'chief')
				""").param("year", year).param("month", month).param("money", money).update();
	}

}
