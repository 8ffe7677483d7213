package cn.street.civil.assistance.tekun;

import java.math.BigDecimal;
import java.time.YearMonth;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.dibao.DibaoParameters;
import cn.street.civil.assistance.dibao.DibaoTerms;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;
import cn.street.civil.standard.TekunBasicRule;

import org.springframework.stereotype.Component;

/**
 * The 特困 amount of a case for a month from the dated standards: S, the rounding and the 公示 days as 低保 has
 * them ({@link DibaoParameters}), the basic-living rule, ratio or amount by 供养形式 and the care amount by tier.
 * A month without an approved row is refused naming the parameter and the month.
 */
@Component
class TekunAmounts {

	private final DibaoParameters dibao;

	private final Standards standards;

	TekunAmounts(DibaoParameters dibao, Standards standards) {
		this.dibao = dibao;
		this.standards = standards;
	}

	DibaoTerms terms(AssistanceCase c, YearMonth month) {
		return dibao.terms(c.getResidenceType(), month);
	}

	TekunAmount of(AssistanceCase c, SupportForm form, CareTier tier, YearMonth month) {
		DibaoTerms terms = terms(c, month);
		TekunBasicRule rule = standards.choice(StandardParameter.TEKUN_BASIC_RULE, form.name(), month,
				TekunBasicRule.class);
		BigDecimal ratio = rule == TekunBasicRule.RATIO_OF_DIBAO
				? standards.ratio(StandardParameter.TEKUN_BASIC_RATIO, form.name(), month) : null;
		BigDecimal fixed = rule == TekunBasicRule.FIXED_AMOUNT
				? standards.money(StandardParameter.TEKUN_BASIC_AMOUNT, form.name(), month) : null;
		BigDecimal care = standards.money(StandardParameter.TEKUN_CARE_AMOUNT, tier.name(), month);
		return TekunAmount.compute(terms.standard(), terms.rounding(), form, rule, ratio, fixed, tier, care);
	}

}
