package cn.street.civil.assistance.dibao;

import java.time.YearMonth;

import cn.street.civil.assistance.casework.AssistanceCase;

import org.springframework.stereotype.Component;

/** The amount of a case for a month: the month's dated terms, the covered members and their counted income. */
@Component
class DibaoAmounts {

	private final DibaoParameters parameters;

	DibaoAmounts(DibaoParameters parameters) {
		this.parameters = parameters;
	}

	DibaoAmount of(AssistanceCase c, Investigation investigation, YearMonth month) {
		return of(parameters.terms(c.getResidenceType(), month), c.getMembers().size(),
				investigation.countedIncome(c.coveredPersonIds()));
	}

	/** The amount with these terms for n covered persons with counted income I (a 调标 line, read in SQL). */
	DibaoAmount of(DibaoTerms terms, int covered, java.math.BigDecimal countedIncome) {
		return DibaoAmount.compute(terms.standard(), covered, countedIncome, terms.rounding());
	}

	DibaoTerms terms(cn.street.civil.household.ResidenceType residenceType, YearMonth month) {
		return parameters.terms(residenceType, month);
	}

	int noticeDays(AssistanceCase c, YearMonth month) {
		return parameters.terms(c.getResidenceType(), month).noticeDays();
	}

}
