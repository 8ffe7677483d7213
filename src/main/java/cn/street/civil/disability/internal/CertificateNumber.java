package cn.street.civil.disability.internal;

import java.time.LocalDate;

import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.idcard.InvalidIdCardNumberException;
import cn.street.civil.shared.text.HalfWidth;
import cn.street.civil.shared.web.FieldRuleException;

/**
 * A 第二代残疾人证号 (DOMAIN §4): 20 characters, the holder's 18-digit 身份证号, then the category digit (1–7) and the
 * grade digit (1–4). {@link #parse} checks the form only; whether the 身份证号 is the holder's is the registry's
 * to say ({@code HouseholdDirectory.hasIdNumber}).
 */
record CertificateNumber(String idNumber, DisabilityCategory category, int grade) {

	static final String FIELD = "number";

	static final int LENGTH = 20;

	/**
	 * @throws FieldRuleException on the {@code number} field, with the reason: wrong length, the first 18 not a
	 * valid 身份证号, a category digit outside 1–7, a grade digit outside 1–4
	 */
	static CertificateNumber parse(String raw, LocalDate today) {
		String text = HalfWidth.of(raw);
		if (text == null || text.isEmpty()) {
			throw new FieldRuleException(FIELD, "disability.number.required");
		}
		text = text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		if (text.length() != LENGTH) {
			throw new FieldRuleException(FIELD, "disability.number.length", text.length());
		}
		IdCardNumber id;
		try {
			id = IdCardNumber.parse(text.substring(0, 18), today);
		}
		catch (InvalidIdCardNumberException ex) {
			throw new FieldRuleException(FIELD, "disability.number.id-invalid", ex.getMessage());
		}
		char categoryDigit = text.charAt(18);
		DisabilityCategory category = DisabilityCategory.ofDigit(categoryDigit)
			.orElseThrow(() -> new FieldRuleException(FIELD, "disability.number.category", String.valueOf(categoryDigit)));
		char gradeDigit = text.charAt(19);
		if (gradeDigit < '1' || gradeDigit > '4') {
			throw new FieldRuleException(FIELD, "disability.number.grade", String.valueOf(gradeDigit));
		}
		return new CertificateNumber(id.value(), category, gradeDigit - '0');
	}

	/** The number as printed, with the 身份证号 masked: 370102********1234 + the two digits. */
	static String masked(String maskedIdNumber, DisabilityCategory category, int grade) {
		return maskedIdNumber + category.digit() + grade;
	}

}
