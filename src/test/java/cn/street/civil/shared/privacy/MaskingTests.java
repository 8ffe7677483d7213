package cn.street.civil.shared.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void idNumberKeepsTheAreaCodeAndTheLastFourAndItsLength() {
		assertThat(Masking.idNumber("370102199001011234")).isEqualTo("370102********1234");
		assertThat(Masking.idNumber("37010219900101123X")).isEqualTo("370102********123X");
		assertThat(Masking.idNumber("370102900101123")).isEqualTo("370102*****1123");
	}

	@Test
	void textTooShortToBeAnIdNumberIsAllStars() {
		assertThat(Masking.idNumber((String) null)).isEmpty();
		assertThat(Masking.idNumber("")).isEmpty();
		assertThat(Masking.idNumber("123456789")).isEqualTo("*********");
		assertThat(Masking.idNumber("1234567890")).isEqualTo("**********");
		assertThat(Masking.idNumber("12345678901234")).isEqualTo("**************");
	}

	@Test
	void storedAreaCodeAndTailGiveTheSameMaskAsTheFullNumber() {
		assertThat(Masking.idNumber("370102", "011234")).isEqualTo(Masking.idNumber("370102199001011234"));
		assertThat(Masking.idNumber("370102", "1234")).isEqualTo("370102********1234");
		assertThat(Masking.idNumber(null, "011234")).isEmpty();
		assertThat(Masking.idNumber("370102", null)).isEmpty();
		assertThat(Masking.idNumber("370102", "123")).isEmpty();
	}

	@Test
	void bankAccountShowsOnlyTheLastFourDigits() {
		assertThat(Masking.bankAccount("4567")).isEqualTo("**** **** 4567");
		assertThat(Masking.bankAccount("21602001234567")).isEqualTo("**** **** 4567");
		assertThat(Masking.bankAccount(null)).isEmpty();
		assertThat(Masking.bankAccount("")).isEmpty();
	}

	@Test
	void aMobileOrALandlineWithItsAreaCodeHidesTheMiddleFour() {
		assertThat(Masking.phone("13800001234")).isEqualTo("138****1234");
		assertThat(Masking.phone("0531-88001234")).isEqualTo("053****1234");
		assertThat(Masking.phone("053188001234")).isEqualTo("053****1234");
	}

	@Test
	void aShorterPhoneKeepsOnlyTheLastFourAndNeverShowsItAll() {
		assertThat(Masking.phone("88001234")).isEqualTo("****1234");
		assertThat(Masking.phone("5318800123")).isEqualTo("****0123");
		assertThat(Masking.phone("1234567")).isEqualTo("*******");
		assertThat(Masking.phone("96345")).isEqualTo("*****");
		assertThat(Masking.phone("")).isEmpty();
		assertThat(Masking.phone(null)).isEmpty();
		for (String phone : new String[] { "1234567", "12345678", "1234567890", "13800001234", "0531-88001234" }) {
			assertThat(Masking.phone(phone).replace("*", "").length()).as(phone).isLessThanOrEqualTo(phone.length() - 4);
		}
	}

}
