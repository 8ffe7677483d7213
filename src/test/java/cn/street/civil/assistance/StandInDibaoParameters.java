package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicReference;

import cn.street.civil.assistance.dibao.DibaoParameters;
import cn.street.civil.assistance.dibao.DibaoTerms;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.standard.StandardMissingException;
import cn.street.civil.standard.StandardParameter;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Stands in for the dated standards in the shared test context, so each test computes with the S it states
 * (the demo rows are 330 元); {@link #none()} behaves like a month without a row. The real adapter over
 * {@code Standards} is tested in {@link DibaoStandardsIntegrationTests}.
 */
@Component
@Primary
public class StandInDibaoParameters implements DibaoParameters {

	private final AtomicReference<DibaoTerms> terms = new AtomicReference<>();

	/** A second standard from a month on (a 调标), else null. */
	private final AtomicReference<Object[]> raise = new AtomicReference<>();

	public void set(String standard, RoundingRule rounding, int noticeDays) {
		terms.set(new DibaoTerms(new BigDecimal(standard), rounding, noticeDays));
		raise.set(null);
	}

	/** From {@code from} on, S is {@code standard} (the rounding and notice days stay). */
	public void raiseFrom(YearMonth from, String standard) {
		DibaoTerms current = terms.get();
		raise.set(new Object[] { from,
				new DibaoTerms(new BigDecimal(standard), current.rounding(), current.noticeDays()) });
	}

	public void none() {
		terms.set(null);
	}

	@Override
	public DibaoTerms terms(ResidenceType residenceType, YearMonth month) {
		Object[] raised = raise.get();
		if (raised != null && !month.isBefore((YearMonth) raised[0])) {
			return (DibaoTerms) raised[1];
		}
		DibaoTerms current = terms.get();
		if (current == null) {
			throw new StandardMissingException(StandardParameter.DIBAO_STANDARD, residenceType.name(), month, false,
					month.getYear() + "年" + month.getMonthValue() + "月没有有效的『城镇低保标准』（替身）");
		}
		return current;
	}

}
