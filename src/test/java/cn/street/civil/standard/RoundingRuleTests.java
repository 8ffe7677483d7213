package cn.street.civil.standard;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoundingRuleTests {

	@Test
	void halfUpToTheFen() {
		assertThat(RoundingRule.ROUND_HALF_UP_FEN.apply(new BigDecimal("2.345"))).isEqualByComparingTo("2.35")
			.hasScaleOf(2);
		assertThat(RoundingRule.ROUND_HALF_UP_FEN.apply(new BigDecimal("2.344"))).isEqualTo(new BigDecimal("2.34"));
	}

	@Test
	void ceilingToTheYuan() {
		assertThat(RoundingRule.CEIL_YUAN.apply(new BigDecimal("1.01"))).isEqualTo(new BigDecimal("2.00"));
		assertThat(RoundingRule.CEIL_YUAN.apply(new BigDecimal("900"))).isEqualTo(new BigDecimal("900.00"));
	}

	@Test
	void domainWorkedExamplesRoundOnce() {
		// DOMAIN.md §1.4: S=632, n=3, I=1894 → 2 元; S=800, n=2, I=700 → 900 元
		BigDecimal first = new BigDecimal("632").multiply(BigDecimal.valueOf(3)).subtract(new BigDecimal("1894"));
		BigDecimal second = new BigDecimal("800").multiply(BigDecimal.valueOf(2)).subtract(new BigDecimal("700"));
		assertThat(RoundingRule.CEIL_YUAN.apply(first)).isEqualTo(new BigDecimal("2.00"));
		assertThat(RoundingRule.ROUND_HALF_UP_FEN.apply(second)).isEqualTo(new BigDecimal("900.00"));
	}

}
