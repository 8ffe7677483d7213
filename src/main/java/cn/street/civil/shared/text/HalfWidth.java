package cn.street.civil.shared.text;

/**
 * What a Chinese input method types for numbers and codes, made plain ASCII: full-width digits, letters
 * and signs (U+FF01–U+FF5E, e.g. ３７０１０２…Ｘ, ０５３１－８８００１２３４) become their ASCII forms, the
 * ideographic space (U+3000) and the no-break space become a space, and the result is stripped. The one
 * rule for every field that holds a number or code (身份证号, phone, bank account, 户号) — in forms, search
 * and import. Not for names and addresses, where full-width punctuation is correct Chinese.
 */
public final class HalfWidth {

	private static final char FULL_WIDTH_FIRST = '\uFF01';

	private static final char FULL_WIDTH_LAST = '\uFF5E';

	private static final int OFFSET = FULL_WIDTH_FIRST - '!';

	private HalfWidth() {
	}

	/** The text with full-width forms as ASCII, stripped; null stays null. */
	public static String of(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
				sb.append((char) (c - OFFSET));
			}
			else if (c == '\u3000' || c == '\u00A0') {
				sb.append(' ');
			}
			else {
				sb.append(c);
			}
		}
		return sb.toString().strip();
	}

}
