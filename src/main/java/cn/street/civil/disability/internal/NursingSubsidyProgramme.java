package cn.street.civil.disability.internal;

import java.time.YearMonth;
import java.util.Map;

import cn.street.civil.payout.spi.PayoutProgramme;

import org.springframework.stereotype.Component;

/**
 * 重度残疾人护理补贴 in the monthly payout: every certificate holder in force of 一级 or 二级 (or 三级 智力/精神 when
 * the standards widen the scope) who needs long-term care, at the grade's standard of the month; with a 特困
 * 照料护理费 under 就高不重复 only the part above it.
 */
@Component
class NursingSubsidyProgramme implements PayoutProgramme {

	static final String CODE = "DISABILITY_NURSING";

	private final SubsidyStandards standards;

	NursingSubsidyProgramme(SubsidyStandards standards) {
		this.standards = standards;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public int order() {
		return 410;
	}

	@Override
	public String entitlementsSql() {
		return SubsidySql.NURSING_ENTITLEMENTS;
	}

	@Override
	public String stopReasonsSql() {
		return SubsidySql.NURSING_STOPS;
	}

	@Override
	public Map<String, Object> parameters(YearMonth month) {
		return standards.forMonth(month);
	}

	@Override
	public String sourceHref(long sourceId) {
		return DisabilityController.CERTIFICATES + sourceId;
	}

}
