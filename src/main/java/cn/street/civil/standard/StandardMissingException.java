package cn.street.civil.standard;

import java.time.YearMonth;

import cn.street.civil.shared.web.BusinessRuleException;

/**
 * A month has no single approved value of a parameter: none covers it, or (which the database prevents, but
 * a lookup checks anyway) more than one. The message names the parameter and the month, in Chinese; a page
 * that lets it through shows it on the 400 page.
 */
public class StandardMissingException extends BusinessRuleException {

	private final StandardParameter parameter;

	private final String dimension;

	private final YearMonth month;

	private final boolean overlapping;

	private final String text;

	/** Thrown by {@link Standards}; {@code text} is the resolved Chinese message. */
	public StandardMissingException(StandardParameter parameter, String dimension, YearMonth month,
			boolean overlapping, String text) {
		super("standard.refused", text);
		this.parameter = parameter;
		this.dimension = dimension;
		this.month = month;
		this.overlapping = overlapping;
		this.text = text;
	}

	public StandardParameter parameter() {
		return parameter;
	}

	public String dimension() {
		return dimension;
	}

	public YearMonth month() {
		return month;
	}

	/** True when several rows cover the month, false when none does. */
	public boolean overlapping() {
		return overlapping;
	}

	@Override
	public String getMessage() {
		return text;
	}

}
