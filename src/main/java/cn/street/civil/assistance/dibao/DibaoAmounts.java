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
		DibaoTerms terms = parameters.terms(c.getResidenceType(), month);
		return DibaoAmount.compute(terms.standard(), c.getMembers().size(),
				investigation.countedIncome(c.coveredPersonIds()), terms.rounding());
	}

	int noticeDays(AssistanceCase c, YearMonth month) {
		return parameters.terms(c.getResidenceType(), month).noticeDays();
	}

}
