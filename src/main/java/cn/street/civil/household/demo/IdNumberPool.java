package cn.street.civil.household.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.idcard.Sex;

/**
 * The 顺序码 already given per area code and birth date, so that no 身份证号 repeats, also not one already in
 * the database.
 */
final class IdNumberPool {

	private final Set<Long> used = new HashSet<>();

	void markUsed(String areaCode, LocalDate birthDate, String tail) {
		if (areaCode != null && birthDate != null && tail != null && tail.length() == 6
				&& areaCode.chars().allMatch(Character::isDigit)) {
			try {
				used.add(key(Integer.parseInt(areaCode), birthDate, Integer.parseInt(tail.substring(2, 5))));
			}
			catch (NumberFormatException ex) {
				// not a number this generator could produce
			}
		}
	}

	/** A new number for that area, birth date and sex; null when all 500 sequence codes are taken. */
	String next(int areaCode, LocalDate birthDate, Sex sex, DemoRandom random) {
		int parity = sex == Sex.MALE ? 1 : 0;
		for (int attempt = 0; attempt < 40; attempt++) {
			int seq = pick(random, parity);
			if (used.add(key(areaCode, birthDate, seq))) {
				return number(areaCode, birthDate, seq);
			}
		}
		for (int seq = parity == 1 ? 1 : 2; seq < 1000; seq += 2) {
			if (used.add(key(areaCode, birthDate, seq))) {
				return number(areaCode, birthDate, seq);
			}
		}
		return null;
	}

	/** Mostly small sequence codes, as a police station hands them out, now and then a larger one. */
	private static int pick(DemoRandom random, int parity) {
		int base = random.nextInt(10) < 8 ? random.nextInt(1, 100) : random.nextInt(1, 999);
		int seq = (base & ~1) | parity;
		return seq == 0 ? 2 : seq;
	}

	private static String number(int areaCode, LocalDate birthDate, int seq) {
		char[] digits = new char[17];
		put(digits, 0, 6, areaCode);
		put(digits, 6, 4, birthDate.getYear());
		put(digits, 10, 2, birthDate.getMonthValue());
		put(digits, 12, 2, birthDate.getDayOfMonth());
		put(digits, 14, 3, seq);
		String first17 = new String(digits);
		return first17 + IdCardNumber.checkDigit(first17);
	}

	private static void put(char[] digits, int at, int width, int value) {
		for (int i = at + width - 1; i >= at; i--) {
			digits[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	private static long key(int areaCode, LocalDate birthDate, int seq) {
		return ((long) areaCode * 200_000L + (birthDate.toEpochDay() + 100_000L)) * 1000L + seq;
	}

}
