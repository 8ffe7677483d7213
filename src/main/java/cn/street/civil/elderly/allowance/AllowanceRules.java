package cn.street.civil.elderly.allowance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import cn.street.civil.standard.AgeAllowanceStartRule;

/**
 * The age rules of the 高龄补贴 in plain Java, the same as the payout SQL of {@link AgeAllowanceProgramme} (the
 * tests hold both to hand-computed months): age is completed years (周岁); a person born on 29 February completes a
 * year on 1 March in a common year. A month's tier is the age reached by the end of that month (start rule 当月) or
 * by the end of the month before (次月).
 */
public final class AllowanceRules {

	public static final int FIRST_AGE = 80;

	private AllowanceRules() {
	}

	/** The day on which someone born on {@code birth} completes {@code years} years. */
	public static LocalDate reaches(LocalDate birth, int years) {
		LocalDate day = birth.plusYears(years);
		return day.getDayOfMonth() == birth.getDayOfMonth() ? day : day.plusDays(1);
	}

	/** The day whose completed years set the tier of {@code month}. */
	public static LocalDate reference(YearMonth month, AgeAllowanceStartRule rule) {
		return rule == AgeAllowanceStartRule.BIRTHDAY_MONTH ? month.atEndOfMonth() : month.minusMonths(1).atEndOfMonth();
	}

	/** The first month paid by age alone. */
	public static YearMonth eligibleFrom(LocalDate birth, AgeAllowanceStartRule rule) {
		YearMonth reached = YearMonth.from(reaches(birth, FIRST_AGE));
		return rule == AgeAllowanceStartRule.BIRTHDAY_MONTH ? reached : reached.plusMonths(1);
	}

	/** The tier of {@code month}, empty before the allowance age. */
	public static Optional<AgeTier> tier(LocalDate birth, YearMonth month, AgeAllowanceStartRule rule,
			boolean assisted) {
		LocalDate ref = reference(month, rule);
		if (!ref.isBefore(reaches(birth, 100))) {
			return Optional.of(AgeTier.AGE_100);
		}
		if (!ref.isBefore(reaches(birth, 90))) {
			return Optional.of(AgeTier.AGE_90);
		}
		if (!ref.isBefore(reaches(birth, FIRST_AGE))) {
			return Optional.of(assisted ? AgeTier.AGE_80_ASSISTED : AgeTier.AGE_80);
		}
		return Optional.empty();
	}

}
