package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 低保边缘家庭 (DOMAIN §1.5): the household's counted income against {@code multiplier × S × n}, compared without
 * dividing (so nothing is rounded); below it (and not in 低保 or 特困) the household is 低保边缘. No cash.
 *
 * @param line multiplier × S × n
 * @param belowEdgeLine I &lt; line
 * @param belowStandard I &lt; S × n: the household would qualify for 低保 itself
 */
public record EdgeAssessment(BigDecimal standard, BigDecimal multiplier, int covered, BigDecimal countedIncome,
		BigDecimal perCapitaIncome, BigDecimal line, boolean belowEdgeLine, boolean belowStandard) {

	public static EdgeAssessment of(BigDecimal standard, BigDecimal multiplier, int covered, BigDecimal countedIncome) {
		BigDecimal n = BigDecimal.valueOf(covered);
		BigDecimal line = standard.multiply(multiplier).multiply(n);
		return new EdgeAssessment(standard, multiplier, covered, countedIncome,
				countedIncome.divide(n, 2, RoundingMode.HALF_UP), line, countedIncome.compareTo(line) < 0,
				countedIncome.compareTo(standard.multiply(n)) < 0);
	}

	/** Per-capita edge line, for display: multiplier × S. */
	public BigDecimal perCapitaLine() {
		return standard.multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
	}

	/** A 低保 application with this income is rejected but the household is 低保边缘: at/above S, below the line. */
	public boolean edgeNotDibao() {
		return belowEdgeLine && !belowStandard;
	}

}
