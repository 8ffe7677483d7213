package cn.street.civil.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 补差 rounding (parameter {@link StandardParameter#DIBAO_ROUNDING}): applied once, to {@code S × n − I}. */
public enum RoundingRule {

	/** 四舍五入到分. */
	ROUND_HALF_UP_FEN,
	/** 向上取整到元 (NewCosmos: {@code Math.Ceiling}). */
	CEIL_YUAN;

	/** The amount rounded by this rule, with scale 2. */
	public BigDecimal apply(BigDecimal amount) {
		return switch (this) {
			case ROUND_HALF_UP_FEN -> amount.setScale(2, RoundingMode.HALF_UP);
			case CEIL_YUAN -> amount.setScale(0, RoundingMode.CEILING).setScale(2);
		};
	}

}
