package cn.street.civil.standard;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One approved value of a parameter and the months it is in force.
 *
 * @param dimension the dimension code, or null for a parameter without dimension
 * @param validFrom the first month in force
 * @param validTo the first month no longer in force, or null while open
 * @param number the value of a MONEY (scale 2), RATIO or INTEGER parameter; null for a CHOICE
 * @param choice the code of a CHOICE parameter; null otherwise
 * @param note 文号, the document the value comes from
 * @param label what users call it, e.g. "城镇低保标准"
 * @param valueText the value as shown, with its unit, e.g. "330.00 元/人·月"
 * @param id the row, for links to its history
 */
public record StandardInForce(StandardParameter parameter, String dimension, YearMonth validFrom, YearMonth validTo,
		BigDecimal number, String choice, String note, String label, String valueText, long id) {

	/** The amount in 元 of a MONEY parameter. */
	public BigDecimal money() {
		requireKind(ValueKind.MONEY);
		return number;
	}

	/** The multiplier of a RATIO parameter. */
	public BigDecimal ratio() {
		requireKind(ValueKind.RATIO);
		return number;
	}

	/** The days or months of an INTEGER parameter. */
	public int integer() {
		requireKind(ValueKind.INTEGER);
		return number.intValueExact();
	}

	/** The choice of a CHOICE parameter as its enum constant. */
	public <E extends Enum<E>> E choice(Class<E> type) {
		requireKind(ValueKind.CHOICE);
		if (parameter.choiceType() != type) {
			throw new IllegalArgumentException(parameter + " takes " + parameter.choiceType().getSimpleName()
					+ ", not " + type.getSimpleName());
		}
		return Enum.valueOf(type, choice);
	}

	/** Whether the value is in force in {@code month}. */
	public boolean covers(YearMonth month) {
		return !validFrom.isAfter(month) && (validTo == null || validTo.isAfter(month));
	}

	private void requireKind(ValueKind kind) {
		if (parameter.kind() != kind) {
			throw new IllegalArgumentException(parameter + " is a " + parameter.kind() + " parameter, not " + kind);
		}
	}

}
