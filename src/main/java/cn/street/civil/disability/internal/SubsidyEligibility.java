package cn.street.civil.disability.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.street.civil.standard.StandardMissingException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the pages show of the two subsidies for a holder and a month: the very query the payout runs
 * ({@link SubsidySql#ELIGIBILITY}), narrowed to the person, with each status as a sentence ("低保家庭中的残疾人，
 * 标准 100.00 元/月", "户不在低保"). A month without the standards says so instead of an amount.
 */
@Component
class SubsidyEligibility {

	/**
	 * @param refusal why nothing could be computed (a standard missing), else null
	 * @param livingAmount null when not paid
	 * @param nursingAmount null (or 0) when not paid
	 */
	record Eligibility(YearMonth month, String refusal, String livingStatus, BigDecimal livingAmount, String livingReason,
			String nursingStatus, BigDecimal nursingAmount, String nursingReason) {

		public boolean livingPaid() {
			return livingAmount != null && livingAmount.signum() > 0;
		}

		public boolean nursingPaid() {
			return nursingAmount != null && nursingAmount.signum() > 0;
		}

	}

	private final JdbcClient jdbc;

	private final SubsidyStandards standards;

	private final MessageSource messages;

	SubsidyEligibility(JdbcClient jdbc, SubsidyStandards standards, MessageSource messages) {
		this.jdbc = jdbc;
		this.standards = standards;
		this.messages = messages;
	}

	Optional<Eligibility> of(long personId, YearMonth month) {
		Map<String, Object> parameters;
		try {
			parameters = standards.forMonth(month, personId);
		}
		catch (StandardMissingException ex) {
			return Optional.of(new Eligibility(month, ex.getMessage(), null, null, null, null, null, null));
		}
		return jdbc.sql(SubsidySql.ELIGIBILITY + " where p.revoked_on is null")
			.params(parameters)
			.param("month", month.atDay(1))
			.query((rs, n) -> {
				String living = rs.getString("living_status");
				String nursing = rs.getString("nursing_status");
				BigDecimal livingAmount = rs.getBigDecimal("living_amount");
				BigDecimal nursingAmount = rs.getBigDecimal("nursing_amount");
				BigDecimal tekun = rs.getBigDecimal("tekun_care");
				BigDecimal nursingStandard = rs.getBigDecimal("nursing_standard");
				return new Eligibility(month, null, living, livingAmount,
						msg("disability.living." + living, plain(livingAmount)), nursing, nursingAmount,
						msg("disability.nursing." + nursing, plain(nursingStandard), plain(tekun), plain(nursingAmount)));
			})
			.optional();
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
