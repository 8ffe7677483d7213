package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.standard.SinglePersonRule;

import org.springframework.stereotype.Component;

/**
 * The amount of a case for a month: the month's dated terms, the covered members and their counted income, the
 * 分类施保 add-ons, and for a 单人保 case the configured 单人保 rule (S − own income, or the fixed amount).
 */
@Component
class DibaoAmounts {

	private final DibaoParameters parameters;

	private final DibaoRuleParameters rules;

	private final ClassifiedAddOns addOns;

	DibaoAmounts(DibaoParameters parameters, DibaoRuleParameters rules, ClassifiedAddOns addOns) {
		this.parameters = parameters;
		this.rules = rules;
		this.addOns = addOns;
	}

	DibaoAmount of(AssistanceCase c, Investigation investigation, YearMonth month) {
		DibaoTerms terms = parameters.terms(c.getResidenceType(), month);
		BigDecimal income = investigation.countedIncome(c.coveredPersonIds());
		List<DibaoAmount.AddOn> extra = addOns.of(c, investigation, month, terms.standard(), terms.rounding());
		if (c.isSinglePerson()) {
			DibaoRuleParameters.SinglePersonTerms single = rules.singlePerson(c.getResidenceType(), month);
			if (single.rule() == SinglePersonRule.FIXED_AMOUNT) {
				return DibaoAmount.singlePersonFixed(terms.standard(), income, terms.rounding(), single.fixedAmount(),
						extra);
			}
		}
		return DibaoAmount.compute(terms.standard(), c.getMembers().size(), income, terms.rounding(), extra);
	}

	/**
	 * The same computation with every parameter read once per month and key: a 调标 batch computes hundreds of
	 * cases for one month without a standards query per case.
	 */
	DibaoAmounts memoized() {
		java.util.Map<Object, Object> seen = new java.util.concurrent.ConcurrentHashMap<>();
		DibaoParameters p = (type, month) -> (DibaoTerms) seen.computeIfAbsent(java.util.List.of("terms", type, month),
				k -> parameters.terms(type, month));
		DibaoRuleParameters r = new DibaoRuleParameters() {

			@Override
			public int elderlyAge(YearMonth month) {
				return (Integer) seen.computeIfAbsent(java.util.List.of("elderly", month), k -> rules.elderlyAge(month));
			}

			@Override
			public AddOnTerms addOn(AddOnCondition condition, YearMonth month) {
				return (AddOnTerms) seen.computeIfAbsent(java.util.List.of("addOn", condition, month),
						k -> rules.addOn(condition, month));
			}

			@Override
			public SinglePersonTerms singlePerson(cn.street.civil.household.ResidenceType type, YearMonth month) {
				return (SinglePersonTerms) seen.computeIfAbsent(java.util.List.of("single", type, month),
						k -> rules.singlePerson(type, month));
			}

			@Override
			public BigDecimal edgeIncomeMultiplier(YearMonth month) {
				return (BigDecimal) seen.computeIfAbsent(java.util.List.of("edge", month),
						k -> rules.edgeIncomeMultiplier(month));
			}

		};
		return new DibaoAmounts(p, r, addOns.with(r));
	}

	int noticeDays(AssistanceCase c, YearMonth month) {
		return parameters.terms(c.getResidenceType(), month).noticeDays();
	}

	/** The 低保边缘 assessment of the case's household in the month (multiplier × S × n against I). */
	EdgeAssessment edge(AssistanceCase c, Investigation investigation, YearMonth month) {
		DibaoTerms terms = parameters.terms(c.getResidenceType(), month);
		return EdgeAssessment.of(terms.standard(), rules.edgeIncomeMultiplier(month), c.getMembers().size(),
				investigation.countedIncome(c.coveredPersonIds()));
	}

}
