package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.assistance.dibao.AddOnCondition;
import cn.street.civil.assistance.dibao.DibaoRuleParameters;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.standard.AddOnRule;
import cn.street.civil.standard.SinglePersonRule;
import cn.street.civil.standard.StandardMissingException;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 分类施保, 单人保 and 低保边缘 rules as the dated standards give them (the demo street's rows from 2025-01). */
@IntegrationTest
class DibaoRulesStandardsIntegrationTests {

	@Autowired
	List<DibaoRuleParameters> all;

	DibaoRuleParameters real() {
		return all.stream().filter(p -> !(p instanceof StandInDibaoRuleParameters)).findFirst().orElseThrow();
	}

	@Test
	void theDemoStreetsRulesComeFromTheApprovedRows() {
		YearMonth month = YearMonth.of(2026, 3);
		assertThat(real().elderlyAge(month)).isEqualTo(60);
		assertThat(real().addOn(AddOnCondition.ELDERLY, month)).satisfies(t -> {
			assertThat(t.rule()).isEqualTo(AddOnRule.SHARE_OF_STANDARD);
			assertThat(t.value()).isEqualByComparingTo("0.1");
		});
		assertThat(real().addOn(AddOnCondition.MINOR, month)).satisfies(t -> {
			assertThat(t.rule()).isEqualTo(AddOnRule.FIXED_AMOUNT);
			assertThat(t.value()).isEqualByComparingTo("50");
		});
		assertThat(real().addOn(AddOnCondition.SEVERE_DISABILITY, month).value()).isEqualByComparingTo("0.2");
		assertThat(real().singlePerson(ResidenceType.URBAN, month).rule()).isEqualTo(SinglePersonRule.STANDARD_MINUS_INCOME);
		assertThat(real().edgeIncomeMultiplier(month)).isEqualByComparingTo(new BigDecimal("1.5"));
	}

	@Test
	void aMonthWithoutARowIsRefusedNamingTheParameter() {
		assertThatThrownBy(() -> real().addOn(AddOnCondition.MINOR, YearMonth.of(2024, 12)))
			.isInstanceOf(StandardMissingException.class)
			.satisfies(ex -> assertThat(((StandardMissingException) ex).getArguments()[0].toString()).contains("2024")
				.contains("分类施保计发方式"));
	}

}
