package cn.street.civil.shared.privacy;

/**
 * The one set of masking rules for sensitive numbers (身份证号, bank account, phone): every page, export,
 * history line and audit detail shows them this way. The full value is only ever had through an audited
 * reveal; nothing here returns it, and text too short to be the number is starred completely.
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * 身份证号: first 6 + stars + last 4, same length, e.g. 370102********1234. Null is empty; text shorter than
	 * 15 characters (not a 身份证号) is all stars, so that first 6 and last 4 never spell out the whole value.
	 */
	public static String idNumber(String full) {
		if (full == null) {
			return "";
		}
		int length = full.length();
		if (length < 15) {
			return "*".repeat(length);
		}
		return full.substring(0, 6) + "*".repeat(length - 10) + full.substring(length - 4);
	}

	/** 身份证号 from its stored area code and tail (the full number is kept encrypted): 370102********1234. */
	public static String idNumber(String areaCode, String tail) {
		if (areaCode == null || tail == null || tail.length() < 4) {
			return "";
		}
		return areaCode + "********" + tail.substring(tail.length() - 4);
	}

	/** Bank account: only the last 4 digits, e.g. **** **** 5678. */
	public static String bankAccount(String tail) {
		if (tail == null || tail.isEmpty()) {
			return "";
		}
		return "**** **** " + (tail.length() > 4 ? tail.substring(tail.length() - 4) : tail);
	}

	/**
	 * Phone: at least four characters always hidden. A mobile or a landline with its area code (11 or more
	 * characters) keeps its first 3 and last 4, e.g. 138****5678 or 053****1234; a local landline (8–10)
	 * only its last 4, e.g. ****1234; anything shorter is all stars.
	 */
	public static String phone(String phone) {
		if (phone == null) {
			return "";
		}
		int length = phone.length();
		if (length >= 11) {
			return phone.substring(0, 3) + "****" + phone.substring(length - 4);
		}
		if (length >= 8) {
			return "****" + phone.substring(length - 4);
		}
		return "*".repeat(length);
	}

}
