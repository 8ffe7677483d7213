package cn.street.civil.payout.batch;

/** What a batch is: the month's roster, or a supplement to an approved one. Labels: {@code payout.kind.<KIND>}. */
public enum BatchKind {

	/** 月度发放: one per programme and month. */
	REGULAR,
	/** 补发: lines the bank refused or underpaid ones, paid again. */
	BACK_PAY,
	/** 追回: amounts paid and to be recovered (e.g. a recipient found dead after payment); no bank file. */
	RECOVERY

}
