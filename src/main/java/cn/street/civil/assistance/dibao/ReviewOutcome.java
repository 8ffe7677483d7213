package cn.street.civil.assistance.dibao;

import cn.street.civil.assistance.casework.ChangeKind;

/** How a 复核 ends; each is one dated {@link ChangeKind} change. Labels: {@code dibao.review.outcome.<CODE>}. */
public enum ReviewOutcome {

	/** 维持: the amount stays. */
	KEEP(ChangeKind.KEEP),
	/** 增发: the recomputed, higher amount. */
	INCREASE(ChangeKind.INCREASE),
	/** 减发: the recomputed, lower amount. */
	DECREASE(ChangeKind.DECREASE),
	/** 渐退: income at or above S but below the band: the current amount for the 渐退期, then nothing. */
	PHASE_OUT(ChangeKind.PHASE_OUT),
	/** 终止 with a reason. */
	TERMINATE(ChangeKind.TERMINATE);

	private final ChangeKind kind;

	ReviewOutcome(ChangeKind kind) {
		this.kind = kind;
	}

	public ChangeKind kind() {
		return kind;
	}

	/** Whether the case ends (at once or after the 渐退期). */
	public boolean ends() {
		return this == PHASE_OUT || this == TERMINATE;
	}

}
