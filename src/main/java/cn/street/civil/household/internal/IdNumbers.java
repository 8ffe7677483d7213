package cn.street.civil.household.internal;

/** Masked display of stored numbers from their plain prefix and tail (the full value stays encrypted). */
public final class IdNumbers {

	private IdNumbers() {
	}

	/** 身份证号: first 6 + 8 stars + last 4, e.g. 370102********1234. */
	public static String masked(String prefix, String tail) {
		if (prefix == null || tail == null || tail.length() < 4) {
			return "";
		}
		return prefix + "********" + tail.substring(tail.length() - 4);
	}

	/** Bank account: only the last 4 digits, e.g. **** **** 5678. */
	public static String maskedAccount(String tail) {
		return tail == null ? "" : "**** **** " + tail;
	}

	/** Phone: the middle four hidden, e.g. 138****5678. */
	public static String maskedPhone(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? "" : phone;
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

}
