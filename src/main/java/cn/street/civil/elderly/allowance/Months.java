package cn.street.civil.elderly.allowance;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import cn.street.civil.shared.text.HalfWidth;
import cn.street.civil.shared.web.FieldRuleException;

/** Parses a month typed as "yyyy-MM" (全角 digits accepted); a bad one is refused next to its field. */
final class Months {

	private Months() {
	}

	static YearMonth parse(String text, String field) {
		try {
			return YearMonth.parse(HalfWidth.of(text).strip());
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new FieldRuleException(field, "elderly.month.format");
		}
	}

}
