package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.YearMonth;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.standard.AddOnRule;
import cn.street.civil.standard.SinglePersonRule;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.stereotype.Component;

/** {@link DibaoRuleParameters} from the dated standards: the value of a rule is read only when the rule uses it. */
@Component
class StandardsDibaoRuleParameters implements DibaoRuleParameters {

	private final Standards standards;

	StandardsDibaoRuleParameters(Standards standards) {
		this.standards = standards;
	}

	@Override
	public int elderlyAge(YearMonth month) {
		return standards.integer(StandardParameter.ADDON_ELDERLY_AGE, null, month);
	}

	@Override
	public AddOnTerms addOn(AddOnCondition condition, YearMonth month) {
		AddOnRule rule = standards.choice(StandardParameter.ADDON_RULE, condition.name(), month, AddOnRule.class);
		return switch (rule) {
			case NONE -> AddOnTerms.NONE;
			case FIXED_AMOUNT -> new AddOnTerms(rule, standards.money(StandardParameter.ADDON_AMOUNT, condition.name(), month));
			case SHARE_OF_STANDARD -> new AddOnTerms(rule,
					standards.ratio(StandardParameter.ADDON_SHARE, condition.name(), month));
		};
	}

	@Override
	public SinglePersonTerms singlePerson(ResidenceType residenceType, YearMonth month) {
		SinglePersonRule rule = standards.choice(StandardParameter.SINGLE_PERSON_RULE, null, month,
				SinglePersonRule.class);
		return new SinglePersonTerms(rule, rule == SinglePersonRule.FIXED_AMOUNT
				? standards.money(StandardParameter.SINGLE_PERSON_AMOUNT, residenceType.name(), month) : null);
	}

	@Override
	public BigDecimal edgeIncomeMultiplier(YearMonth month) {
		return standards.ratio(StandardParameter.EDGE_INCOME_MULTIPLIER, null, month);
	}

}
