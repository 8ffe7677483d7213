package cn.street.civil.assistance.dibao;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CoveredMember;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.stereotype.Component;

/**
 * When a 低保 case is next reviewed (定期核查): its class and the dated interval of that class
 * ({@link StandardParameter#REVIEW_INTERVAL_MONTHS}), counted from the confirmation or the last review.
 */
@Component
class DibaoReviewSchedule {

	static final int WORKING_AGE_FROM = 18;

	static final int WORKING_AGE_UNTIL = 60;

	/** Income kinds that come and go (work, business): a working-age earner of these is class C. */
	static final Set<IncomeKind> VARIABLE = EnumSet.of(IncomeKind.WAGES, IncomeKind.BUSINESS, IncomeKind.OTHER);

	private final Standards standards;

	DibaoReviewSchedule(Standards standards) {
		this.standards = standards;
	}

	int intervalMonths(ReviewClass reviewClass, LocalDate on) {
		return standards.integer(StandardParameter.REVIEW_INTERVAL_MONTHS, reviewClass.name(), YearMonth.from(on));
	}

	/** At the confirmation: the chosen class, or the household's default. */
	void atConfirmation(AssistanceCase c, ReviewClass chosen, Investigation investigation, LocalDate on) {
		ReviewClass reviewClass = chosen != null ? chosen : defaultFor(c, investigation, on);
		c.scheduleReview(reviewClass.name(), on, intervalMonths(reviewClass, on));
	}

	/** The street caseworker changed the class: the due date counts from the last review or the confirmation. */
	void changeClass(AssistanceCase c, ReviewClass reviewClass, LocalDate on) {
		LocalDate from = c.getLastReviewedOn() != null ? c.getLastReviewedOn() : c.getDecidedOn();
		c.scheduleReview(reviewClass.name(), from, intervalMonths(reviewClass, on));
	}

	/** A review was decided: the next is due the class's interval after it. */
	void afterReview(AssistanceCase c, LocalDate on) {
		ReviewClass reviewClass = c.getReviewClass() == null ? ReviewClass.B : ReviewClass.valueOf(c.getReviewClass());
		int interval = intervalMonths(reviewClass, on);
		c.scheduleReview(reviewClass.name(), on, interval);
		c.reviewed(on, interval);
	}

	/**
	 * The default by the household's situation: nobody covered of working age (18–59) → A (整户无劳动能力); a
	 * working-age member with wages, business or other variable income → C; otherwise B.
	 */
	ReviewClass defaultFor(AssistanceCase c, Investigation investigation, LocalDate on) {
		Set<Long> workingAge = new java.util.HashSet<>();
		for (CoveredMember m : c.getMembers()) {
			int age = m.getBirthDate() == null ? -1 : java.time.Period.between(m.getBirthDate(), on).getYears();
			if (age >= WORKING_AGE_FROM && age < WORKING_AGE_UNTIL) {
				workingAge.add(m.getPersonId());
			}
		}
		if (workingAge.isEmpty()) {
			return ReviewClass.A;
		}
		boolean variable = investigation != null && investigation.getIncomes()
			.stream()
			.anyMatch(i -> workingAge.contains(i.getPersonId()) && VARIABLE.contains(i.getKind())
					&& i.getMonthlyAmount().signum() > 0);
		return variable ? ReviewClass.C : ReviewClass.B;
	}

}
