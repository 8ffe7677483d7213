package cn.street.civil.standard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The lookup every programme computes with: the approved value of a parameter for a month. A month must have
 * exactly one approved row; otherwise the lookup refuses with a {@link StandardMissingException} naming the
 * parameter and the month ("2027年1月没有有效的『城镇低保标准』，请先在政策标准中设置") instead of guessing.
 * Pending proposals never count. Needs no role: a monthly job runs it without a user.
 */
public interface Standards {

	/**
	 * @param dimension a code of {@code parameter.dimension()} (e.g. {@code "URBAN"}), null for a parameter
	 * without dimension
	 * @throws StandardMissingException when no approved row covers the month, or more than one does
	 * @throws IllegalArgumentException when the dimension does not belong to the parameter
	 */
	StandardInForce valueFor(StandardParameter parameter, String dimension, YearMonth month);

	/** For a parameter without dimension. */
	default StandardInForce valueFor(StandardParameter parameter, YearMonth month) {
		return valueFor(parameter, null, month);
	}

	/** The amount in 元 (scale 2) of a MONEY parameter. */
	default BigDecimal money(StandardParameter parameter, String dimension, YearMonth month) {
		return valueFor(parameter, dimension, month).money();
	}

	/** The multiplier of a RATIO parameter. */
	default BigDecimal ratio(StandardParameter parameter, String dimension, YearMonth month) {
		return valueFor(parameter, dimension, month).ratio();
	}

	/** The days or months of an INTEGER parameter. */
	default int integer(StandardParameter parameter, String dimension, YearMonth month) {
		return valueFor(parameter, dimension, month).integer();
	}

	/** The choice of a CHOICE parameter, e.g. {@code choice(DIBAO_ROUNDING, null, month, RoundingRule.class)}. */
	default <E extends Enum<E>> E choice(StandardParameter parameter, String dimension, YearMonth month,
			Class<E> type) {
		return valueFor(parameter, dimension, month).choice(type);
	}

	/**
	 * Every approved value in force in the month, by parameter and dimension: what a case page shows as
	 * its 依据. Parameters without a value that month are simply absent.
	 */
	List<StandardInForce> inForce(YearMonth month);

}
