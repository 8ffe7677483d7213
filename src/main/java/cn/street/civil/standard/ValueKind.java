package cn.street.civil.standard;

/** What kind of value a {@link StandardParameter} holds. */
public enum ValueKind {

	/** 元, {@code BigDecimal} with scale 2, above zero. */
	MONEY,
	/** A multiplier or ratio (1.5 × 低保标准), {@code BigDecimal} with up to 4 decimals, above zero. */
	RATIO,
	/** A whole number above zero: days, working days, months. */
	INTEGER,
	/** One code of the parameter's choice enum (e.g. {@link RoundingRule}). */
	CHOICE

}
