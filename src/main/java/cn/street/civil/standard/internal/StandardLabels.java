package cn.street.civil.standard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

import cn.street.civil.standard.StandardParameter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The module's words from {@code messages/standard.properties}: labels, units, months, values as shown. */
@Component
class StandardLabels {

	private final MessageSource messages;

	StandardLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** What users call an item: "城镇低保标准", "特困照料护理标准（全自理）", "公示天数". */
	String label(StandardParameter parameter, String dimension) {
		String name = message("standard.parameter." + parameter.name());
		if (dimension == null) {
			return name;
		}
		return message("standard.item." + parameter.dimension().name(), name, dimension(dimension));
	}

	String label(StandardItem item) {
		return label(item.parameter(), item.dimension());
	}

	String dimension(String code) {
		return message("standard.dimension." + code);
	}

	/** "2027年1月". */
	String month(YearMonth month) {
		return message("standard.month", String.valueOf(month.getYear()), String.valueOf(month.getMonthValue()));
	}

	/** The value as shown: "330.00 元/人·月", "1.5 倍", "7 天", or the choice's label. */
	String value(StandardParameter parameter, BigDecimal number, String choice) {
		String text = switch (parameter.kind()) {
			case MONEY -> number.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
			case RATIO -> number.stripTrailingZeros().toPlainString();
			case INTEGER -> String.valueOf(number.intValueExact());
			case CHOICE -> null;
		};
		return text == null ? choice(parameter, choice)
				: message("standard.value.with-unit", text, message("standard.unit." + parameter.name()));
	}

	String choice(StandardParameter parameter, String code) {
		return message("standard.choice." + parameter.name() + "." + code);
	}

	String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
