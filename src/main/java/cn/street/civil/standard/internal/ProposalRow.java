package cn.street.civil.standard.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A pending proposal in the chief's list, with the value it replaces in its first month ({@code currentText}
 * null: none yet).
 */
record ProposalRow(long id, String itemCode, String label, YearMonth validFrom, String valueText, String currentText,
		String note, String proposedBy, String proposedByName, LocalDateTime proposedAt) {
}
