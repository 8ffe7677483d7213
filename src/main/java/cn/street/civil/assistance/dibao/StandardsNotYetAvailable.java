package cn.street.civil.assistance.dibao;

import java.time.YearMonth;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.shared.web.BusinessRuleException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Until the dated standards module is wired in, every month is a month without a standard: the amount,
 * the notice and the confirmation are refused, loudly, instead of guessing an S.
 */
@Component
class StandardsNotYetAvailable implements DibaoParameters {

	@Override
	public DibaoTerms terms(ResidenceType residenceType, YearMonth month) {
		throw new BusinessRuleException("assistance.standard.missing",
				new DefaultMessageSourceResolvable("assistance.standard.dibao." + residenceType), month.toString());
	}

}
