package cn.street.civil.standard.internal;

import java.time.YearMonth;

import cn.street.civil.standard.StandardInForce;
import cn.street.civil.standard.StandardParameter;

/**
 * A row as its review page shows it, with what approving it would do: the value it replaces in its first
 * month ({@code replaced}, null: none) and the approved value it would run until ({@code next}, null: open).
 */
record ProposalView(long id, long version, StandardParameter parameter, String itemCode, String label, YearMonth validFrom, String valueText,
		String note, StandardStatus status, String proposedBy, String proposedByName, String decidedBy,
		String decidedByName, String rejectionReason, StandardInForce replaced, StandardInForce next) {

	public boolean pending() {
		return status == StandardStatus.PENDING;
	}

	/** The replaced value started in the proposal's own month: approving supersedes it before it takes effect. */
	public boolean supersedesUnstarted() {
		return replaced != null && replaced.validFrom().equals(validFrom);
	}

}
