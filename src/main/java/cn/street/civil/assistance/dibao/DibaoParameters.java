package cn.street.civil.assistance.dibao;

import java.time.YearMonth;

import cn.street.civil.household.ResidenceType;

/**
 * Where the 低保 parameters come from: the dated standards (module {@code standard}). Never a constant: a month
 * with no valid row is refused with a {@link cn.street.civil.shared.web.BusinessRuleException} that names the
 * parameter and the month.
 */
public interface DibaoParameters {

	DibaoTerms terms(ResidenceType residenceType, YearMonth month);

}
