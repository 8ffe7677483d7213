package cn.street.civil.assistance.casework;

import java.math.BigDecimal;
import java.util.Objects;

import cn.street.civil.standard.RoundingRule;

import org.jspecify.annotations.Nullable;

/**
 * A case's monthly amount and how it was reached: S, n and I where the programme computes from them, the
 * rounding rule, the rounded base (基本低保金 / 特困基本生活费), 分类施保 add-ons and the 特困 care amount.
 * The total is base + add-ons + care; all amounts have scale 2.
 */
public record CaseAmount(@Nullable BigDecimal standard, @Nullable Integer covered, @Nullable BigDecimal countedIncome,
		@Nullable RoundingRule rounding, BigDecimal base, BigDecimal addOns, BigDecimal care) {

	public static final CaseAmount NOTHING = new CaseAmount(null, null, null, null, zero(), zero(), zero());

	public CaseAmount {
		Objects.requireNonNull(base, "base");
		Objects.requireNonNull(addOns, "addOns");
		Objects.requireNonNull(care, "care");
		if (base.signum() < 0 || addOns.signum() < 0 || care.signum() < 0) {
			throw new IllegalArgumentException("amounts are never negative");
		}
		base = base.setScale(2);
		addOns = addOns.setScale(2);
		care = care.setScale(2);
	}

	public BigDecimal total() {
		return base.add(addOns).add(care);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

}
