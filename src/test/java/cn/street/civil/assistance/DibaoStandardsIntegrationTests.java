package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.assistance.dibao.DibaoParameters;
import cn.street.civil.assistance.dibao.DibaoTerms;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.standard.StandardMissingException;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 低保 terms as the dated standards give them (the demo street's rows: 310 → 330 元 from 2026-01, to the 分, 7 days). */
@IntegrationTest
class DibaoStandardsIntegrationTests {

	@Autowired
	List<DibaoParameters> all;

	DibaoParameters real() {
		return all.stream().filter(p -> !(p instanceof StandInDibaoParameters)).findFirst().orElseThrow();
	}

	@Test
	void theMonthsStandardRoundingAndNoticeDaysComeFromTheApprovedRows() {
		DibaoTerms before = real().terms(ResidenceType.URBAN, YearMonth.of(2025, 12));
		assertThat(before.standard()).isEqualByComparingTo(new BigDecimal("310"));
		DibaoTerms after = real().terms(ResidenceType.RURAL, YearMonth.of(2026, 1));
		assertThat(after.standard()).isEqualByComparingTo(new BigDecimal("330"));
		assertThat(after.rounding()).isEqualTo(RoundingRule.ROUND_HALF_UP_FEN);
		assertThat(after.noticeDays()).isEqualTo(7);
	}

	@Test
	void aMonthWithoutARowIsRefusedNamingTheParameterAndTheMonth() {
		assertThatThrownBy(() -> real().terms(ResidenceType.URBAN, YearMonth.of(2024, 12)))
			.isInstanceOf(StandardMissingException.class)
			.satisfies(ex -> assertThat(((StandardMissingException) ex).getArguments()[0].toString()).contains("2024")
				.contains("12")
				.contains("低保标准"));
	}

}
