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
	VOLUNTARY_EXIT

}
