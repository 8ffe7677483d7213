package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicReference;

import cn.street.civil.assistance.dibao.DibaoParameters;
import cn.street.civil.assistance.dibao.DibaoTerms;
import cn.street.civil.assistance.dibao.Rounding;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.shared.web.BusinessRuleException;

import org.springframework.context.annotation.Primary;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Stands in for the dated standards module (not merged yet) in the shared test context: each test sets the
 * terms it computes with; {@link #none()} behaves like a month without a standard row.
 */
@Component
@Primary
public class StandInDibaoParameters implements DibaoParameters {

	private final AtomicReference<DibaoTerms> terms = new AtomicReference<>();

	public void set(String standard, Rounding rounding, int noticeDays) {
		terms.set(new DibaoTerms(new BigDecimal(standard), rounding, noticeDays));
	}

	public void none() {
		terms.set(null);
	}

	@Override
	public DibaoTerms terms(ResidenceType residenceType, YearMonth month) {
		DibaoTerms current = terms.get();
		if (current == null) {
			throw new BusinessRuleException("assistance.standard.missing",
					new DefaultMessageSourceResolvable("assistance.standard.dibao." + residenceType), month.toString());
		}
		return current;
	}

}
