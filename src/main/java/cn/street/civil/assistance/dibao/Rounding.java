package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the 补差 amount is rounded, once, at the end (a local rule, from the dated standards). */
public enum Rounding {

	/** Up to the whole 元 (NewCosmos: {@code Math.Ceiling}). */
	CEIL_YUAN,

	/** Half up to the 分. */
	HALF_UP_FEN;

	BigDecimal apply(BigDecimal amount) {
		return switch (this) {
			case CEIL_YUAN -> amount.setScale(0, RoundingMode.CEILING).setScale(2);
			case HALF_UP_FEN -> amount.setScale(2, RoundingMode.HALF_UP);
		};
	}

}
