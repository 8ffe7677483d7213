package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.util.List;

import cn.street.civil.assistance.dibao.DibaoAmount;
import cn.street.civil.standard.RoundingRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** M = S × n − I, rounded once; expectations computed here by hand (DOMAIN §1.4). */
class DibaoAmountTests {

	@Test
	void newCosmosExampleCeilsToTheYuanOnce() {
		// 632 × 3 = 1896; 1896 − 1894 = 2 (computing (S − I/n) × n with I/n = 631.333… would ceil to 3)
		DibaoAmount amount = DibaoAmount.compute(new BigDecimal("632"), 3, new BigDecimal("1894"), RoundingRule.CEIL_YUAN);
		assertThat(amount.eligible()).isTrue();
		assertThat(amount.base()).isEqualByComparingTo("2");
		assertThat(amount.total()).isEqualByComparingTo("2.00");
		assertThat(amount.perCapitaIncome()).isEqualByComparingTo("631.33");
	}

	@Test
	void secondExampleIsTheExactTopUp() {
		// 800 × 2 − 700 = 900; per capita 350 < 800
		DibaoAmount amount = DibaoAmount.compute(new BigDecimal("800"), 2, new BigDecimal("700"), RoundingRule.CEIL_YUAN);
		assertThat(amount.base()).isEqualByComparingTo("900");
		assertThat(amount.perCapitaIncome()).isEqualByComparingTo("350");
	}

	@Test
	void fractionsOfAYuanAreCeiledOrRoundedToTheFenByTheRule() {
		// 632.5 × 3 = 1897.5; − 1000.25 = 897.25 → ceil 898, half-up to 分 897.25
		assertThat(DibaoAmount.compute(new BigDecimal("632.50"), 3, new BigDecimal("1000.25"), RoundingRule.CEIL_YUAN).base())
			.isEqualByComparingTo("898");
		assertThat(DibaoAmount.compute(new BigDecimal("632.50"), 3, new BigDecimal("1000.25"), RoundingRule.ROUND_HALF_UP_FEN).base())
			.isEqualByComparingTo("897.25");
		// 330 × 1 − 0.004 = 329.996 → 330.00 to the 分
		assertThat(DibaoAmount.compute(new BigDecimal("330"), 1, new BigDecimal("0.004"), RoundingRule.ROUND_HALF_UP_FEN).base())
			.isEqualByComparingTo("330.00");
	}

	@Test
	void perCapitaIncomeAtOrAboveTheStandardIsNotEligibleAndPaysNothing() {
		DibaoAmount equal = DibaoAmount.compute(new BigDecimal("330"), 2, new BigDecimal("660"), RoundingRule.CEIL_YUAN);
		assertThat(equal.eligible()).isFalse();
		assertThat(equal.base()).isEqualByComparingTo("0");
		DibaoAmount above = DibaoAmount.compute(new BigDecimal("330"), 2, new BigDecimal("900"), RoundingRule.CEIL_YUAN,
				List.of(new DibaoAmount.AddOn(1, "张某", "重度残疾", new BigDecimal("50"))));
		assertThat(above.eligible()).isFalse();
		assertThat(above.gap()).isEqualByComparingTo("-240");
		assertThat(above.total()).isEqualByComparingTo("0");
		assertThat(above.addOns()).isEmpty();
	}

	@Test
	void addOnsComeOnTopOfTheRoundedBase() {
		DibaoAmount amount = DibaoAmount.compute(new BigDecimal("330"), 2, new BigDecimal("100.40"), RoundingRule.CEIL_YUAN,
				List.of(new DibaoAmount.AddOn(1, "张某", "老年人", new BigDecimal("33.30"))));
		// 660 − 100.40 = 559.60 → 560; + 33.30
		assertThat(amount.base()).isEqualByComparingTo("560");
		assertThat(amount.total()).isEqualByComparingTo("593.30");
	}

	@Test
	void refusesNonsense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DibaoAmount.compute(new BigDecimal("330"), 0, BigDecimal.ZERO, RoundingRule.CEIL_YUAN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DibaoAmount.compute(new BigDecimal("330"), 1, new BigDecimal("-1"), RoundingRule.CEIL_YUAN));
	}

}
