package cn.street.civil.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import cn.street.civil.shared.idcard.IdCardNumber;

/**
 * Valid, unique 身份证号 for tests: an area code no generator uses (371702) and a birth date that moves
 * one day per number, so tests sharing one database never collide.
 */
public final class TestIds {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final LocalDate START = LocalDate.of(1935, 1, 1);

	private TestIds() {
	}

	public static String next(boolean male) {
		LocalDate birth = START.plusDays(NEXT.incrementAndGet() * 3L);
		return of("371702", birth, male ? "011" : "022");
	}

	public static String next() {
		return next(true);
	}

	public static String of(String area, LocalDate birth, String sequence) {
		String first17 = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
		return first17 + IdCardNumber.checkDigit(first17);
	}

	/** The same number with a wrong check digit. */
	public static String withBadCheckDigit(String valid) {
		char check = valid.charAt(17);
		char other = check == '1' ? '2' : '1';
		return valid.substring(0, 17) + other;
	}

}
