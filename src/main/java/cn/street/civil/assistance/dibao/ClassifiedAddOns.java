package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CoveredMember;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.standard.AddOnRule;
import cn.street.civil.standard.RoundingRule;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 分类施保 (DOMAIN §1.4): for each covered person of a 低保 case (单人保 included; never 边缘 or 特困) the conditions
 * that apply in the month — 老年人 and 未成年人 from the registry birth date at the end of the month, 重度残疾 and 重病
 * as the investigators recorded them — and one add-on per person: the highest of the conditions' add-ons (a tie
 * goes to the first condition in {@link AddOnCondition}'s order). A share of S is rounded by the month's rounding
 * rule, once; a fixed amount is taken as configured.
 */
@Component
class ClassifiedAddOns {

	private final DibaoRuleParameters rules;

	private final MessageSource messages;

	ClassifiedAddOns(DibaoRuleParameters rules, MessageSource messages) {
		this.rules = rules;
		this.messages = messages;
	}

	/** The same rule over other (e.g. memoized) parameters. */
	ClassifiedAddOns with(DibaoRuleParameters other) {
		return new ClassifiedAddOns(other, messages);
	}

	List<DibaoAmount.AddOn> of(AssistanceCase c, Investigation investigation, YearMonth month, BigDecimal standard,
			RoundingRule rounding) {
		if (c.getProgramme() != Programme.DIBAO || c.getMembers().isEmpty()) {
			return List.of();
		}
		int elderlyAge = rules.elderlyAge(month);
		Map<AddOnCondition, DibaoRuleParameters.AddOnTerms> terms = new EnumMap<>(AddOnCondition.class);
		List<DibaoAmount.AddOn> addOns = new ArrayList<>();
		for (CoveredMember m : c.getMembers()) {
			List<AddOnCondition> met = conditions(m, investigation, month, elderlyAge);
			AddOnCondition best = null;
			BigDecimal bestAmount = null;
			for (AddOnCondition condition : met) {
				BigDecimal amount = amount(terms.computeIfAbsent(condition, k -> rules.addOn(k, month)), standard,
						rounding);
				if (amount != null && amount.signum() > 0 && (bestAmount == null || amount.compareTo(bestAmount) > 0)) {
					best = condition;
					bestAmount = amount;
				}
			}
			if (best != null) {
				addOns.add(new DibaoAmount.AddOn(m.getPersonId(), m.getName(), category(best, met, elderlyAge), bestAmount));
			}
		}
		return addOns;
	}

	/**
	 * The add-ons of people known by their birth dates only (nothing recorded about disability or illness), such
	 * as the demo caseload's families: 老年人 or 未成年人, whichever the age at the end of the month gives.
	 */
	BigDecimal totalByAge(List<LocalDate> birthDates, YearMonth month, BigDecimal standard, RoundingRule rounding) {
		int elderlyAge = rules.elderlyAge(month);
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (LocalDate birthDate : birthDates) {
			int age = ageAtEndOf(birthDate, month);
			AddOnCondition condition = age >= elderlyAge ? AddOnCondition.ELDERLY
					: age < AddOnCondition.ADULT_AGE ? AddOnCondition.MINOR : null;
			BigDecimal amount = condition == null ? null : amount(rules.addOn(condition, month), standard, rounding);
			if (amount != null && amount.signum() > 0) {
				total = total.add(amount);
			}
		}
		return total;
	}

	static List<AddOnCondition> conditions(CoveredMember m, Investigation investigation, YearMonth month,
			int elderlyAge) {
		List<AddOnCondition> met = new ArrayList<>();
		int age = ageAtEndOf(m.getBirthDate(), month);
		if (age >= elderlyAge) {
			met.add(AddOnCondition.ELDERLY);
		}
		if (age < AddOnCondition.ADULT_AGE) {
			met.add(AddOnCondition.MINOR);
		}
		investigation.conditionOf(m.getPersonId()).ifPresent(found -> {
			if (found.isSevereDisability()) {
				met.add(AddOnCondition.SEVERE_DISABILITY);
			}
			if (found.isSeriousIllness()) {
				met.add(AddOnCondition.SERIOUS_ILLNESS);
			}
		});
		return met;
	}

	static int ageAtEndOf(LocalDate birthDate, YearMonth month) {
		LocalDate end = month.atEndOfMonth();
		return birthDate.isAfter(end) ? 0 : Period.between(birthDate, end).getYears();
	}

	private static BigDecimal amount(DibaoRuleParameters.AddOnTerms terms, BigDecimal standard, RoundingRule rounding) {
		if (terms.rule() == AddOnRule.NONE) {
			return null;
		}
		return terms.rule() == AddOnRule.FIXED_AMOUNT ? terms.value().setScale(2)
				: rounding.apply(standard.multiply(terms.value()));
	}

	/** "重度残疾人", or with the others met: "重度残疾人（同时符合：老年人；每人只计一项，取最高）". */
	private String category(AddOnCondition best, List<AddOnCondition> met, int elderlyAge) {
		String label = label(best, elderlyAge);
		List<String> others = met.stream().filter(o -> o != best).map(o -> label(o, elderlyAge)).toList();
		return others.isEmpty() ? label
				: messages.getMessage("dibao.rules.addon.highest", new Object[] { label, String.join("、", others) },
						Locale.SIMPLIFIED_CHINESE);
	}

	private String label(AddOnCondition condition, int elderlyAge) {
		return messages.getMessage("dibao.rules.condition." + condition, new Object[] { elderlyAge },
				Locale.SIMPLIFIED_CHINESE);
	}

}
