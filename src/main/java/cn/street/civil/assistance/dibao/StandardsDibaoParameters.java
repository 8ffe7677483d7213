package cn.street.civil.assistance.dibao;

import java.time.YearMonth;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.stereotype.Component;

/**
 * The 低保 terms from the dated standards: S by 城乡 type, the rounding rule and the 公示 days of the month. A
 * month without an approved row is refused by {@link Standards} ({@code StandardMissingException}, naming the
 * parameter and the month).
 */
@Component
class StandardsDibaoParameters implements DibaoParameters {

	private final Standards standards;

	StandardsDibaoParameters(Standards standards) {
		this.standards = standards;
	}

	@Override
	public DibaoTerms terms(ResidenceType residenceType, YearMonth month) {
		// S first: a month without a standard is refused naming the standard, not the rounding
		java.math.BigDecimal standard = standards.money(StandardParameter.DIBAO_STANDARD, residenceType.name(), month);
		RoundingRule rule = standards.choice(StandardParameter.DIBAO_ROUNDING, null, month, RoundingRule.class);
		return new DibaoTerms(standard,
				rule == RoundingRule.CEIL_YUAN ? RoundingRule.CEIL_YUAN : RoundingRule.ROUND_HALF_UP_FEN,
				standards.integer(StandardParameter.PUBLICITY_DAYS, null, month));
	}

}
