package cn.street.civil.assistance.casework;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. REJECTED and TERMINATED close it; every other state is open. */
public enum CaseState {

	/** 已申请. */
	APPLIED,
	/** 已调查 (入户调查 recorded). */
	INVESTIGATED,
	/** 已审核 (the street's opinion). */
	REVIEWED,
	/** 公示中. */
	ON_NOTICE,
	/** 公示有异议: back to investigation. */
	OBJECTED,
	/** 已确认, in payment from the first paid month. */
	CONFIRMED,
	/** 不予确认. */
	REJECTED,
	/** 已终止. */
	TERMINATED;

	public static final Set<CaseState> CLOSED = EnumSet.of(REJECTED, TERMINATED);

	public boolean open() {
		return !CLOSED.contains(this);
	}

}
