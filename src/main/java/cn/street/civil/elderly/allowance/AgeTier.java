package cn.street.civil.elderly.allowance;

/** 高龄补贴 tiers: the codes of the standards' {@code AGE_TIER} dimension. */
public enum AgeTier {

	/** 80–89 周岁. */
	AGE_80,
	/** 80–89 周岁, 低保 or 特困 in payment that month (used when the standards set it; else as {@link #AGE_80}). */
	AGE_80_ASSISTED,
	/** 90–99 周岁. */
	AGE_90,
	/** 100 周岁及以上. */
	AGE_100

}
