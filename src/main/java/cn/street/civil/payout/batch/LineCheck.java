package cn.street.civil.payout.batch;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The pre-approval checks on a line, computed in the generation's SQL and stored on the line. A blocking check
 * makes submitting impossible; a warning is shown to the chief. Labels: {@code payout.check.<CODE>}.
 */
public enum LineCheck {

	/** The household has no payout account registered. */
	NO_ACCOUNT(true),
	/** An account is registered but its bank, holder or number is incomplete. */
	ACCOUNT_INCOMPLETE(true),
	/** The payee died before the month began. */
	DECEASED(true),
	/** The payee moved out of the street before the month began. */
	MOVED_OUT(true),
	/** The same person or recipient twice in the batch. */
	DUPLICATE(true),
	/** The payee died or moved out during the month (the month is still paid). */
	LEFT_IN_MONTH(false),
	/** The account holder is not the payee. */
	HOLDER_MISMATCH(false),
	/** The amount is above the programme's plausible maximum for the line. */
	ABOVE_MAXIMUM(false),
	/** The source's periodic review is overdue. */
	REVIEW_OVERDUE(false);

	private final boolean blocking;

	LineCheck(boolean blocking) {
		this.blocking = blocking;
	}

	public boolean blocking() {
		return blocking;
	}

	/** The blocking codes as a PostgreSQL array literal, for {@code checks && cast(:blocking as varchar[])}. */
	static String blockingArray() {
		return Arrays.stream(values()).filter(LineCheck::blocking).map(Enum::name)
			.collect(Collectors.joining(",", "{", "}"));
	}

}
