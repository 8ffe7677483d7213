package cn.street.civil.standard.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.street.civil.shared.text.HalfWidth;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.ValueKind;

import org.springframework.stereotype.Component;

/**
 * Checks a {@link ProposalForm} against its item: the month (yyyy-MM, not before this month), the value by
 * kind (positive 元 with at most 2 decimals, a multiplier with at most 4, a whole number, one of the choices)
 * and the 文号. Every refusal names its field, so the form shows all of them at once.
 */
@Component
class ProposalParser {

	/** How far ahead a change may be proposed. */
	static final int MAX_MONTHS_AHEAD = 120;

	static final int NOTE_MAX = 100;

	private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");

	private static final Pattern MONEY = Pattern.compile("\\d{1,6}(\\.\\d{1,2})?");

	private static final Pattern RATIO = Pattern.compile("\\d{1,2}(\\.\\d{1,4})?");

	private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

	private final Clock clock;

	private final StandardLabels labels;

	ProposalParser(Clock clock, StandardLabels labels) {
		this.clock = clock;
		this.labels = labels;
	}

	/** Every problem of the form; empty when {@link #parse} will succeed. */
	List<FieldRuleException> problems(ProposalForm form) {
		List<FieldRuleException> problems = new ArrayList<>();
		StandardItem item = StandardItem.parse(form.item()).orElse(null);
		if (item == null) {
			problems.add(new FieldRuleException("item", "standard.item.unknown"));
		}
		try {
			month(form.validFrom());
		}
		catch (FieldRuleException ex) {
			problems.add(ex);
		}
		if (item != null) {
			try {
				value(item.parameter(), form.value());
			}
			catch (FieldRuleException ex) {
				problems.add(ex);
			}
		}
		try {
			note(form.note());
		}
		catch (FieldRuleException ex) {
			problems.add(ex);
		}
		return problems;
	}

	/** The checked proposal; throws the first problem. */
	Proposal parse(ProposalForm form) {
		StandardItem item = StandardItem.parse(form.item())
			.orElseThrow(() -> new FieldRuleException("item", "standard.item.unknown"));
		YearMonth month = month(form.validFrom());
		Parsed value = value(item.parameter(), form.value());
		return new Proposal(item, month, value.number(), value.choice(), note(form.note()));
	}

	private YearMonth month(String text) {
		String s = HalfWidth.of(text);
		if (s == null || s.isEmpty()) {
			throw new FieldRuleException("validFrom", "standard.valid-from.required");
		}
		Matcher m = MONTH.matcher(s);
		int monthValue = m.matches() ? Integer.parseInt(m.group(2)) : 0;
		if (monthValue < 1 || monthValue > 12) {
			throw new FieldRuleException("validFrom", "standard.valid-from.format");
		}
		YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), monthValue);
		YearMonth current = YearMonth.now(clock);
		if (month.isBefore(current)) {
			throw new FieldRuleException("validFrom", "standard.valid-from.past", labels.month(current));
		}
		if (month.isAfter(current.plusMonths(MAX_MONTHS_AHEAD))) {
			throw new FieldRuleException("validFrom", "standard.valid-from.too-far",
					labels.month(current.plusMonths(MAX_MONTHS_AHEAD)));
		}
		return month;
	}

	private Parsed value(StandardParameter parameter, String text) {
		String s = HalfWidth.of(text);
		if (s == null || s.isEmpty()) {
			throw new FieldRuleException("value", parameter.kind() == ValueKind.CHOICE
					? "standard.value.choose" : "standard.value.required");
		}
		return switch (parameter.kind()) {
			case MONEY -> new Parsed(positive(s.replaceAll("\\s*元.*$", ""), MONEY, "standard.value.money")
				.setScale(2), null);
			case RATIO -> new Parsed(positive(s.replaceAll("\\s*倍$", ""), RATIO, "standard.value.ratio"), null);
			case INTEGER -> new Parsed(positive(s.replaceAll("\\s*(个)?(工作日|天|日|月)$", ""), WHOLE,
					"standard.value.integer"), null);
			case CHOICE -> {
				if (!parameter.choices().contains(s)) {
					throw new FieldRuleException("value", "standard.value.choose");
				}
				yield new Parsed(null, s);
			}
		};
	}

	private static BigDecimal positive(String s, Pattern pattern, String code) {
		if (!pattern.matcher(s).matches()) {
			throw new FieldRuleException("value", code);
		}
		BigDecimal number = new BigDecimal(s);
		if (number.signum() <= 0) {
			throw new FieldRuleException("value", "standard.value.positive");
		}
		return number;
	}

	private static String note(String text) {
		String s = text == null ? "" : text.strip();
		if (s.isEmpty()) {
			throw new FieldRuleException("note", "standard.note.required");
		}
		if (s.length() > NOTE_MAX) {
			throw new FieldRuleException("note", "standard.note.size", String.valueOf(NOTE_MAX));
		}
		return s;
	}

	private record Parsed(BigDecimal number, String choice) {
	}

}
