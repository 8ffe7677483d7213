package cn.street.civil.household.internal;

/** The payout bank account as typed: bank name, account number, holder. All empty means "none yet". */
public record BankAccount(String bankName, String accountNumber, String holder) {

	boolean isEmpty() {
		return blank(bankName) && blank(accountNumber) && blank(holder);
	}

	/** Account numbers are typed with spaces in groups of four; only digits are kept. */
	String digits() {
		return accountNumber == null ? "" : accountNumber.replaceAll("[\\s-]", "");
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
