package cn.street.civil.payout.batch;

/** Where a batch stands. Labels: {@code payout.state.<STATE>}. */
public enum BatchState {

	/** 草稿: generated, may be regenerated. */
	DRAFT,
	/** 待审批: submitted to the chief; its lines are frozen until approved or returned. */
	SUBMITTED,
	/** 已退回: the chief sent it back with a comment; regenerate and submit again. */
	RETURNED,
	/** 已审批: final; the database refuses any change to it or its lines. */
	APPROVED;

	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
