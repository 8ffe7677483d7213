package cn.street.civil.payout.batch;

import java.math.BigDecimal;
import java.util.List;

import cn.street.civil.shared.privacy.Masking;

/**
 * A line as the pages and the 花名册 show it: numbers masked (the full ones only in the bank file), the change
 * against the previous month, the checks, and the bank's answer once imported.
 */
public record LineRow(long id, int lineNo, String recipientKey, long communityId, String communityName,
		String residenceType, String payeeName, String idArea, String idTail, String bankName, String accountHolder,
		String accountTail, boolean hasAccount, int personCount, BigDecimal amount, BigDecimal baseAmount,
		BigDecimal addOns, BigDecimal careAmount, String breakdown, String sourceHref, String changeMark,
		BigDecimal previousAmount, String changeNote, List<LineCheck> checks, String bankOutcome,
		String refusalReason, Long originalLineId, String note) {

	public String idMasked() {
		return Masking.idNumber(idArea, idTail);
	}

	public String accountMasked() {
		return Masking.bankAccount(accountTail);
	}

	public boolean blocked() {
		return checks.stream().anyMatch(LineCheck::blocking);
	}

	/** New − old; null for a new recipient. */
	public BigDecimal difference() {
		return previousAmount == null ? null : amount.subtract(previousAmount);
	}

}
