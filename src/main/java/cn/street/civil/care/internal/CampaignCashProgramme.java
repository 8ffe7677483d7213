package cn.street.civil.care.internal;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import cn.street.civil.payout.spi.PayoutProgramme;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cash given in holiday visit campaigns (慰问金), paid like any other payout: each visit with cash recorded in
 * month M is one line of M ({@link CampaignSql#CASH_ENTITLEMENTS}); above the campaign's standard cash it is a
 * check. A one-off: in M+1 the stop query says so.
 */
@Component
class CampaignCashProgramme implements PayoutProgramme {

	static final String CODE = "CARE_VISIT_CASH";

	private final MessageSource messages;

	CampaignCashProgramme(MessageSource messages) {
		this.messages = messages;
	}

	/** Visit cash is a one-off: not compared with the month before. */
	@Override
	public boolean recurring() {
		return false;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public int order() {
		return 510;
	}

	@Override
	public String entitlementsSql() {
		return CampaignSql.CASH_ENTITLEMENTS;
	}

	@Override
	public String stopReasonsSql() {
		return CampaignSql.CASH_STOPS;
	}

	@Override
	public Map<String, Object> parameters(YearMonth month) {
		return Map.of("breakdown", msg("care.campaign.sql.breakdown"), "stopOneOff", msg("care.campaign.sql.stop"));
	}

	@Override
	public String sourceHref(long sourceId) {
		return CampaignController.CAMPAIGNS + sourceId;
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
