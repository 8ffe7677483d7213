package cn.street.civil.care.internal;

import java.time.YearMonth;
import java.util.Map;

import cn.street.civil.payout.spi.PayoutProgramme;

import org.springframework.stereotype.Component;

/** 优抚 抚恤金 / 补助 in the monthly payout: {@link CareSql#ENTITLEMENTS} at the standards of the month. */
@Component
class CareProgramme implements PayoutProgramme {

	static final String CODE = "CARE";

	private final CareStandards standards;

	CareProgramme(CareStandards standards) {
		this.standards = standards;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public String entitlementsSql() {
		return CareSql.ENTITLEMENTS;
	}

	@Override
	public String stopReasonsSql() {
		return CareSql.STOPS;
	}

	@Override
	public Map<String, Object> parameters(YearMonth month) {
		return standards.forMonth(month);
	}

	@Override
	public String sourceHref(long sourceId) {
		return CareController.RECIPIENTS + sourceId;
	}

}
