package cn.street.civil.assistance.dibao;

import cn.street.civil.assistance.casework.CaseAmount;
import cn.street.civil.standard.RoundingRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The 低保 amount and how it was reached (DOMAIN §1.4): {@code M = S × n − I}, computed in BigDecimal and
 * rounded once by the configured rule; eligible only when the per-capita income {@code I / n} is below
 * {@code S} (compared as {@code I < S × n}, so no division is rounded); never negative. 分类施保 add-ons
 * (one per person) are added after the rounding.
 *
 * @param standard S, 元/人·月
 * @param covered n, 保障人数
 * @param countedIncome I, the family's counted monthly income
 * @param perCapitaIncome I / n to the 分, for display only
 * @param gap S × n − I, before rounding (may be negative)
 * @param base the rounded 基本低保金, 0 when not eligible
 * @param addOns 分类施保 per person
 * @param total base + add-ons
 * @param fixedSinglePerson the base is the configured 单人保定额 (not the rounded gap)
 */
public record DibaoAmount(BigDecimal standard, int covered, BigDecimal countedIncome, RoundingRule rounding,
		BigDecimal perCapitaIncome, boolean eligible, BigDecimal gap, BigDecimal base, List<AddOn> addOns,
		BigDecimal total, boolean fixedSinglePerson) {

	public DibaoAmount {
		addOns = List.copyOf(addOns);
	}

	/** One 分类施保 add-on: the person, the category label and the amount. */
	public record AddOn(long personId, String name, String category, BigDecimal amount) {
	}

	public static DibaoAmount compute(BigDecimal standard, int covered, BigDecimal countedIncome, RoundingRule rounding) {
		return compute(standard, covered, countedIncome, rounding, List.of());
	}

	public static DibaoAmount compute(BigDecimal standard, int covered, BigDecimal countedIncome, RoundingRule rounding,
			List<AddOn> addOns) {
		Objects.requireNonNull(standard, "standard");
		Objects.requireNonNull(countedIncome, "countedIncome");
		Objects.requireNonNull(rounding, "rounding");
		if (covered < 1) {
			throw new IllegalArgumentException("at least one covered person: " + covered);
		}
		if (standard.signum() <= 0 || countedIncome.signum() < 0) {
			throw new IllegalArgumentException("standard must be positive and income not negative");
		}
		BigDecimal line = standard.multiply(BigDecimal.valueOf(covered));
		BigDecimal gap = line.subtract(countedIncome);
		boolean eligible = countedIncome.compareTo(line) < 0;
		BigDecimal base = eligible ? rounding.apply(gap).max(BigDecimal.ZERO.setScale(2)) : BigDecimal.ZERO.setScale(2);
		BigDecimal perCapita = countedIncome.divide(BigDecimal.valueOf(covered), 2, RoundingMode.HALF_UP);
		List<AddOn> paidAddOns = eligible ? addOns : List.of();
		BigDecimal total = paidAddOns.stream().map(AddOn::amount).reduce(base, BigDecimal::add);
		return new DibaoAmount(standard, covered, countedIncome, rounding, perCapita, eligible, gap, base, paidAddOns,
				total, false);
	}

	/**
	 * 单人保 by the fixed amount ({@code SINGLE_PERSON_RULE = FIXED_AMOUNT}): one person, eligible while the own
	 * counted income is below S, the base is the configured amount (already in 元, not rounded again); add-ons
	 * after it as usual.
	 */
	public static DibaoAmount singlePersonFixed(BigDecimal standard, BigDecimal ownIncome, RoundingRule rounding,
			BigDecimal fixedAmount, List<AddOn> addOns) {
		Objects.requireNonNull(fixedAmount, "fixedAmount");
		DibaoAmount byGap = compute(standard, 1, ownIncome, rounding, addOns);
		BigDecimal base = byGap.eligible() ? fixedAmount.setScale(2) : BigDecimal.ZERO.setScale(2);
		BigDecimal total = byGap.addOns().stream().map(AddOn::amount).reduce(base, BigDecimal::add);
		return new DibaoAmount(standard, 1, ownIncome, rounding, byGap.perCapitaIncome(), byGap.eligible(), byGap.gap(),
				base, byGap.addOns(), total, true);
	}

	/** As a case's dated amount: the 分类施保 add-ons summed, no care amount. */
	public CaseAmount asCaseAmount() {
		BigDecimal addOnTotal = addOns.stream().map(AddOn::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new CaseAmount(standard, covered, countedIncome, rounding, base, addOnTotal, BigDecimal.ZERO);
	}

}
