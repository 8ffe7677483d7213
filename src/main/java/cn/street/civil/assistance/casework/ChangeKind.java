package cn.street.civil.assistance.casework;

/** Why a case's amount changed, as one dated {@link CaseChange}. Labels: {@code assistance.change.<KIND>}. */
public enum ChangeKind {

	/** 审核确认: the first amount, from the first paid month. */
	CONFIRM,
	/** 复核: 维持. */
	KEEP,
	/** 复核: 增发. */
	INCREASE,
	/** 复核: 减发. */
	DECREASE,
	/** 复核: 渐退 (income above the line, paid on for the configured months). */
	PHASE_OUT,
	/** 调标: a new standard, applied as one batch the chief approved. */
	RESTANDARD,
	/** 终止 (停保): nothing from this month on. */
	TERMINATE

}
