package cn.street.civil.disability.internal;

import java.time.YearMonth;
import java.util.Map;

import cn.street.civil.payout.spi.PayoutProgramme;

import org.springframework.stereotype.Component;

/**
 * 困难残疾人生活补贴 in the monthly payout: every certificate holder in force whose household is in 低保 that month
 * (or 低保边缘, when the standards widen the scope), at the standard of the month. Follows the 低保 case by
 * itself: when the case ends, the holder's line is gone from the next month and the stop query says why.
 */
@Component
class LivingSubsidyProgramme implements PayoutProgramme {

	static final String CODE = "DISABILITY_LIVING";

	private final SubsidyStandards standards;

	LivingSubsidyProgramme(SubsidyStandards standards) {
		this.standards = standards;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public String entitlementsSql() {
		return SubsidySql.LIVING_ENTITLEMENTS;
	}

	@Override
	public String stopReasonsSql() {
		return SubsidySql.LIVING_STOPS;
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
