package cn.street.civil.assistance.casework;

/** Why a case in payment ends (停保). */
public enum TerminationReason {

	/** 家庭月人均收入超过标准. */
	INCOME_ABOVE_LINE,
	/** 死亡. */
	DEATH,
	/** 户籍迁出. */
	MOVED_OUT,
	/** 拒不配合复核. */
	REFUSED_REVIEW,
	/** 自愿退出. */
	VOLUNTARY_EXIT,
	/** 特困: 宣告失踪. */
	DECLARED_MISSING,
	/** 特困: 具备劳动能力. */
	ABLE_TO_WORK,
	/** 特困: 有生活来源. */
	HAS_LIVELIHOOD,
	/** 特困: 法定义务人具备了履行义务能力. */
	SUPPORTER_ABLE,
	/** 特困: 未成年人满16周岁（且不在学）. */
	MINOR_AGED_OUT;

	/** The reasons of 低保 (the first five). */
	public static final java.util.Set<TerminationReason> DIBAO = java.util.EnumSet.range(INCOME_ABOVE_LINE, VOLUNTARY_EXIT);

	/** The reasons of 特困 (DOMAIN §2): death or 宣告失踪, 有劳动能力, 有生活来源, 义务人恢复能力, minor aged out, voluntary exit. */
	public static final java.util.Set<TerminationReason> TEKUN = java.util.EnumSet.of(DEATH, DECLARED_MISSING,
			ABLE_TO_WORK, HAS_LIVELIHOOD, SUPPORTER_ABLE, MINOR_AGED_OUT, VOLUNTARY_EXIT);

}
