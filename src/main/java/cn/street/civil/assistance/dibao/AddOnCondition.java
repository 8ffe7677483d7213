package cn.street.civil.assistance.dibao;

/**
 * A 分类施保 condition of a covered person (DOMAIN §1.4), in the order a tie between equal add-ons is settled.
 * The codes are those of the standards' dimension {@code ADDON_CONDITION}. Labels:
 * {@code dibao.rules.condition.<CODE>}.
 */
public enum AddOnCondition {

	/** 老年人: 年满 the configured age ({@code ADDON_ELDERLY_AGE}) by the end of the month. */
	ELDERLY,
	/** 未成年人: under 18 at the end of the month. */
	MINOR,
	/** 重度残疾人, as the investigators recorded it. */
	SEVERE_DISABILITY,
	/** 重病患者, as the investigators recorded it. */
	SERIOUS_ILLNESS;

	/** 未成年: under 18 (民法典 第十七条), not a local parameter. */
	public static final int ADULT_AGE = 18;

}
