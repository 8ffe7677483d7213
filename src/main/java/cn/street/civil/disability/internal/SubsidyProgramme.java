package cn.street.civil.disability.internal;

import java.time.YearMonth;
import java.util.Map;

import cn.street.civil.payout.spi.PayoutProgramme;

/**
 * The two subsidies in the monthly payout, one class for both (they differ only in their code and queries):
 * <ul>
 * <li>困难残疾人生活补贴 ({@code DISABILITY_LIVING}): every certificate holder in force whose household is in 低保 that
 * month (or 低保边缘, when the standards widen the scope); it follows the 低保 case by itself — when the case ends,
 * the holder's line is gone from the next month and the stop query says why;</li>
 * <li>重度残疾人护理补贴 ({@code DISABILITY_NURSING}): every holder of 一级 or 二级 (or 三级 智力/精神 when the standards
 * widen the scope) who needs long-term care, at the grade's standard; with a 特困 照料护理费 under 就高不重复 only the
 * part above it.</li>
 * </ul>
 * Both at the standards of the month ({@link SubsidyStandards}); the beans are declared in
 * {@link SubsidyProgrammes}.
 */
final class SubsidyProgramme implements PayoutProgramme {

	private final String code;

	private final int order;

	private final String entitlements;

	private final String stops;

	private final SubsidyStandards standards;

	SubsidyProgramme(String code, int order, String entitlements, String stops, SubsidyStandards standards) {
		this.code = code;
		this.order = order;
		this.entitlements = entitlements;
		this.stops = stops;
		this.standards = standards;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public int order() {
		return order;
	}

	@Override
	public String entitlementsSql() {
		return entitlements;
	}

	@Override
	public String stopReasonsSql() {
		return stops;
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
