package cn.street.civil.assistance.tekun;

import java.math.BigDecimal;
import java.util.Objects;

import cn.street.civil.assistance.casework.CaseAmount;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.standard.TekunBasicRule;

import org.jspecify.annotations.Nullable;

/**
 * The 特困 monthly amount and how it was reached (DOMAIN §2): 基本生活费 = {@code ratio × S} rounded once by the
 * configured rule, or the fixed amount as set (already to the 分, not rounded again); plus the 照料护理费 of the
 * care tier. BigDecimal throughout.
 *
 * @param standard S of the household's 城乡 type
 * @param ratio the multiple of S, null for a fixed amount
 * @param unrounded ratio × S before rounding, null for a fixed amount
 * @param base the 基本生活费
 * @param care the 照料护理费 of the tier
 * @param total base + care
 */
public record TekunAmount(BigDecimal standard, RoundingRule rounding, SupportForm supportForm, TekunBasicRule rule,
		@Nullable BigDecimal ratio, @Nullable BigDecimal unrounded, BigDecimal base, CareTier tier, BigDecimal care,
		BigDecimal total) {

	public static TekunAmount compute(BigDecimal standard, RoundingRule rounding, SupportForm form, TekunBasicRule rule,
			@Nullable BigDecimal ratio, @Nullable BigDecimal fixedAmount, CareTier tier, BigDecimal care) {
		Objects.requireNonNull(standard, "standard");
		Objects.requireNonNull(rounding, "rounding");
		Objects.requireNonNull(care, "care");
		BigDecimal unrounded = null;
		BigDecimal base;
		if (rule == TekunBasicRule.RATIO_OF_DIBAO) {
			unrounded = standard.multiply(Objects.requireNonNull(ratio, "ratio"));
			base = rounding.apply(unrounded);
		}
		else {
			base = Objects.requireNonNull(fixedAmount, "fixedAmount").setScale(2);
		}
		BigDecimal careAmount = care.setScale(2);
		return new TekunAmount(standard, rounding, form, rule, rule == TekunBasicRule.RATIO_OF_DIBAO ? ratio : null,
				unrounded, base, tier, careAmount, base.add(careAmount));
	}

	/** As the case's dated amount: S, one person, the income found, the rounding, the base and the care amount. */
	public CaseAmount asCaseAmount(BigDecimal income) {
		return new CaseAmount(standard, 1, income, rounding, base, BigDecimal.ZERO, care);
	}

}
