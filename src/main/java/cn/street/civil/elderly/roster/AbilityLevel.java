package cn.street.civil.elderly.roster;

/** 老年人能力等级 (GB/T 42195-2022): the five levels of the ability assessment. */
public enum AbilityLevel {

	/** 能力完好. */
	INTACT,
	/** 轻度失能. */
	MILD,
	/** 中度失能. */
	MODERATE,
	/** 重度失能. */
	SEVERE,
	/** 完全失能. */
	TOTAL;

	/** The code of the standards' {@code ABILITY_LEVEL} dimension (home-care quota). */
	public String dimensionCode() {
		return "ABILITY_" + name();
	}

	/** 失能 of some degree (for the free home-care rule: disabled). */
	public boolean disabled() {
		return this != INTACT;
	}

}
