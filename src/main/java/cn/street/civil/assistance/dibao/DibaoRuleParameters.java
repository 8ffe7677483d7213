package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.YearMonth;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.standard.AddOnRule;
import cn.street.civil.standard.SinglePersonRule;

/**
 * The dated rules besides S (DOMAIN §10): 分类施保 per condition, the 单人保 rule and the 低保边缘 multiplier.
 * Each is looked up only when a case needs it; a month without a valid row is refused by the standards, naming
 * the parameter and the month.
 */
public interface DibaoRuleParameters {

	/** The age from which a covered person counts as 老年人. */
	int elderlyAge(YearMonth month);

	/** How the add-on of a condition is set in the month. */
	AddOnTerms addOn(AddOnCondition condition, YearMonth month);

	SinglePersonTerms singlePerson(ResidenceType residenceType, YearMonth month);

	/** 低保边缘家庭: per-capita income below this multiple of S. */
	BigDecimal edgeIncomeMultiplier(YearMonth month);

	/**
	 * One condition's add-on rule.
	 *
	 * @param value the fixed amount (元) or the share of S; null for {@link AddOnRule#NONE}
	 */
	record AddOnTerms(AddOnRule rule, BigDecimal value) {

		public static final AddOnTerms NONE = new AddOnTerms(AddOnRule.NONE, null);

	}

	/** @param fixedAmount the 单人保定额, only for {@link SinglePersonRule#FIXED_AMOUNT} */
	record SinglePersonTerms(SinglePersonRule rule, BigDecimal fixedAmount) {
	}

}
