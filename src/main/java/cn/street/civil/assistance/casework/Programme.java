package cn.street.civil.assistance.casework;

/** The programmes that share the case mechanism; one {@code assistance_case.programme} column. */
public enum Programme {

	/** 低保. */
	DIBAO,
	/** 特困人员救助供养 (not built yet). */
	TEKUN,
	/** 低保边缘家庭 (not built yet). */
	EDGE

}
