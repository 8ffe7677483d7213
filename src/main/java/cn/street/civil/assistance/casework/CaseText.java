package cn.street.civil.assistance.casework;

import cn.street.civil.shared.web.FieldRuleException;

/** The free texts of case steps (opinions, reasons, notes): required ones refused next to their field, the rest stripped. */
public final class CaseText {

	private CaseText() {
	}

	/** The stripped text; refused with {@code code} on the field {@code comment} when blank, or when over 1000 characters. */
	public static String required(String text, String code) {
		if (blank(text)) {
			throw new FieldRuleException("comment", code);
		}
		if (text.strip().length() > 1000) {
			throw new FieldRuleException("comment", "assistance.form.size1000");
		}
		return text.strip();
	}

	public static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** Null for a blank text, else the text stripped. */
	public static String strip(String s) {
		return blank(s) ? null : s.strip();
	}

}
