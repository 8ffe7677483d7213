package cn.street.civil.shared.idcard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;

import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.text.HalfWidth;

/**
 * 居民身份证号码（GB 11643-1999），已校验、不可变。
 * <p>
 * {@link #toString()} 只返回脱敏形式，完整号码只能通过 {@link #value()} 取得。
 */
public final class IdCardNumber {

	/** 业务所在时区，用于判断“今天”。 */
	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** 早于该年份的出生日期视为无效（GB 11643 的标准示例 1880 年仍然有效）。 */
	static final int MIN_BIRTH_YEAR = 1800;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARS = "10X98765432";

	/** GB/T 2260 省级代码（含 81 香港、82 澳门、83 台湾，用于港澳台居民居住证）。 */
	private static final Set<String> PROVINCE_CODES = Set.of(
			"11", "12", "13", "14", "15",
			"21", "22", "23",
			"31", "32", "33", "34", "35", "36", "37",
			"41", "42", "43", "44", "45", "46",
			"50", "51", "52", "53", "54",
			"61", "62", "63", "64", "65",
			"71", "81", "82", "83");

	static final String MSG_EMPTY = "身份证号不能为空";
	static final String MSG_FORMAT = "身份证号应为18位（或15位旧号），只能包含数字和末位X";
	static final String MSG_INVALID_DATE = "身份证号中的出生日期无效：";
	static final String MSG_TOO_EARLY = "身份证号中的出生年份早于" + MIN_BIRTH_YEAR + "年，出生日期无效：";
	static final String MSG_FUTURE = "身份证号中的出生日期晚于今天";
	static final String MSG_CHECK_DIGIT = "身份证号校验位不正确，请核对是否输错";

	private final String value;

	private final LocalDate birthDate;

	private IdCardNumber(String value, LocalDate birthDate) {
		this.value = value;
		this.birthDate = birthDate;
	}

	/** 以上海时区的今天为基准解析。 */
	public static IdCardNumber parse(String raw) {
		return parse(raw, LocalDate.now(ZONE));
	}

	/**
	 * 解析并校验身份证号：去除首尾空白（含全角空格），全角数字和 Ｘ 按 {@link HalfWidth} 转为半角，接受18位（末位 x
	 * 统一存为 X）和15位旧号（自动升级为18位）。
	 *
	 * @throws InvalidIdCardNumberException 附带中文原因
	 */
	public static IdCardNumber parse(String raw, LocalDate today) {
		String text = HalfWidth.of(raw);
		if (text == null || text.isEmpty()) {
			throw new InvalidIdCardNumberException(MSG_EMPTY);
		}
		if (text.length() == 18 && allDigits(text, 0, 17) && isCheckChar(text.charAt(17))) {
			String normalized = text.substring(0, 17) + Character.toUpperCase(text.charAt(17));
			LocalDate birth = birthDate(normalized.substring(6, 14), today);
			if (checkDigit(normalized.substring(0, 17)) != normalized.charAt(17)) {
				throw new InvalidIdCardNumberException(MSG_CHECK_DIGIT);
			}
			return new IdCardNumber(normalized, birth);
		}
		if (text.length() == 15 && allDigits(text, 0, 15)) {
			String first17 = text.substring(0, 6) + "19" + text.substring(6);
			LocalDate birth = birthDate(first17.substring(6, 14), today);
			return new IdCardNumber(first17 + checkDigit(first17), birth);
		}
		throw new InvalidIdCardNumberException(MSG_FORMAT);
	}

	/** 是否为合法身份证号（不抛异常）。 */
	public static boolean isValid(String raw, LocalDate today) {
		try {
			parse(raw, today);
			return true;
		}
		catch (InvalidIdCardNumberException ex) {
			return false;
		}
	}

	/** 按 GB 11643 计算前17位数字对应的校验码（0–9 或 X）。 */
	public static char checkDigit(String first17Digits) {
		if (first17Digits == null || first17Digits.length() != 17 || !allDigits(first17Digits, 0, 17)) {
			throw new IllegalArgumentException("计算校验码需要17位数字");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS.charAt(sum % 11);
	}

	/** 18位完整号码（末位大写 X）。 */
	public String value() {
		return value;
	}

	/** 6位地址码。 */
	public String areaCode() {
		return value.substring(0, 6);
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	/** 第17位奇数为男，偶数为女。 */
	public Sex sex() {
		return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/** 在指定日期的周岁；指定日期早于出生日期时为 0。 */
	public int ageOn(LocalDate date) {
		if (date.isBefore(birthDate)) {
			return 0;
		}
		return Period.between(birthDate, date).getYears();
	}

	/** 脱敏形式：前6位 + 8个星号 + 后4位，如 370102********1234。 */
	public String masked() {
		return Masking.idNumber(value);
	}

	/** 末尾 n 位（0 ≤ n ≤ 18），用于按尾号检索。 */
	public String suffix(int n) {
		if (n < 0 || n > value.length()) {
			throw new IllegalArgumentException("尾号位数应在 0 到 18 之间：" + n);
		}
		return value.substring(value.length() - n);
	}

	/** 前两位是否为已知的省级代码；未知代码只应提示，不算错误（旧号码的地址码可能已撤销）。 */
	public boolean hasKnownProvince() {
		return PROVINCE_CODES.contains(value.substring(0, 2));
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof IdCardNumber that && value.equals(that.value));
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	/** 只返回脱敏形式，防止完整号码进入日志。 */
	@Override
	public String toString() {
		return masked();
	}

	private static LocalDate birthDate(String yyyymmdd, LocalDate today) {
		LocalDate birth;
		try {
			birth = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
					Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
		}
		catch (DateTimeException ex) {
			throw new InvalidIdCardNumberException(MSG_INVALID_DATE + yyyymmdd);
		}
		if (birth.getYear() < MIN_BIRTH_YEAR) {
			throw new InvalidIdCardNumberException(MSG_TOO_EARLY + yyyymmdd);
		}
		if (birth.isAfter(today)) {
			throw new InvalidIdCardNumberException(MSG_FUTURE);
		}
		return birth;
	}

	private static boolean allDigits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean isCheckChar(char c) {
		return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
	}
}
