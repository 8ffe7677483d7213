package cn.street.civil.care.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The named parameters of {@link CareSql} for a month (all but {@code :month}): the amount of every standard the
 * recipients of that month need, each looked up through {@link Standards} (a month missing one is refused with
 * {@code StandardMissingException}, never paid on a guess), as a JSON object; their labels; the words of the
 * breakdown and the stop reasons.
 */
@Component
class CareStandards {

	private final Standards standards;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	CareStandards(Standards standards, JdbcClient jdbc, MessageSource messages) {
		this.standards = standards;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The amount of one code (e.g. "G6_DUTY", "MARTYR_FAMILY") in a month. */
	BigDecimal amount(String code, YearMonth month) {
		if (code.startsWith("G")) {
			return standards.money(StandardParameter.CARE_DISABILITY_PENSION, code, month);
		}
		if (code.equals(CareCategory.ACTIVE_SERVICE_FAMILY.name())) {
			return standards.money(StandardParameter.CARE_CONSCRIPT_GRANT, null, month);
		}
		return standards.money(StandardParameter.CARE_MONTHLY_AMOUNT, code, month);
	}

	/** The month of the year in which 义务兵家庭优待金 is paid. */
	int conscriptMonth(YearMonth month) {
		return standards.integer(StandardParameter.CARE_CONSCRIPT_MONTH, null, month);
	}

	Map<String, Object> forMonth(YearMonth month) {
		List<String> codes = jdbc.sql(CareSql.CODES).param("month", month.atDay(1)).query(String.class).list();
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		int conscriptMonth = 0;
		for (String code : codes) {
			if (code.equals(CareCategory.ACTIVE_SERVICE_FAMILY.name())) {
				conscriptMonth = standards.integer(StandardParameter.CARE_CONSCRIPT_MONTH, null, month);
				if (conscriptMonth == month.getMonthValue()) {
					rates.put("CONSCRIPT", amount(code, month));
				}
			}
			else {
				rates.put(code, amount(code, month));
			}
			labels.put(code, label(code));
		}
		Map<String, Object> p = new HashMap<>();
		p.put("rates", json(rates.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toPlainString(), (a, b) -> a, LinkedHashMap::new)), false));
		p.put("labels", json(labels, true));
		p.put("conscriptMonth", conscriptMonth);
		p.put("breakdown", msg("care.sql.breakdown"));
		p.put("stopDeath", msg("care.sql.stop-death"));
		p.put("stopOther", msg("care.sql.stop-other"));
		Map<String, String> stops = new LinkedHashMap<>();
		for (StopReason reason : StopReason.values()) {
			stops.put(reason.name(), msg("care.stop." + reason));
		}
		p.put("stopLabels", json(stops, true));
		return p;
	}

	/** "一级因公残疾军人", "烈士遗属". */
	String label(String code) {
		if (code.startsWith("G")) {
			return msg("standard.dimension." + code) + msg("care.category.DISABLED_VETERAN");
		}
		return msg("care.category." + code);
	}

	private static String json(Map<String, String> values, boolean quoted) {
		return values.entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\":" + (quoted ? "\"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
					: e.getValue()))
			.collect(Collectors.joining(",", "{", "}"));
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
