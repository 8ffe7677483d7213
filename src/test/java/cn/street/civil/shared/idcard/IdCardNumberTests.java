package cn.street.civil.shared.idcard;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdCardNumberTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	/** 用前17位加算出的校验码组成合法号码。 */
	private static String valid(String first17) {
		return first17 + IdCardNumber.checkDigit(first17);
	}

	private static void assertRejected(String raw, String message) {
		assertThatThrownBy(() -> IdCardNumber.parse(raw, TODAY))
				.isInstanceOf(InvalidIdCardNumberException.class)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage(message);
	}

	@Test
	void verifiedVectorsAreValid() {
		assertThat(IdCardNumber.checkDigit("11010519491231002")).isEqualTo('X');
		assertThat(IdCardNumber.checkDigit("44052418800101001")).isEqualTo('4');
		assertThat(IdCardNumber.isValid("11010519491231002X", TODAY)).isTrue();
		assertThat(IdCardNumber.isValid("440524188001010014", TODAY)).isTrue();

		IdCardNumber id = IdCardNumber.parse("11010519491231002X", TODAY);
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id.areaCode()).isEqualTo("110105");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(IdCardNumber.parse("440524188001010014", TODAY).birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
	}

	@Test
	void trimsAndStoresLowerCaseXAsUpperCase() {
		IdCardNumber id = IdCardNumber.parse("  11010519491231002x \t", TODAY);
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id).isEqualTo(IdCardNumber.parse("11010519491231002X", TODAY));
		assertThat(id.hashCode()).isEqualTo(IdCardNumber.parse("11010519491231002X", TODAY).hashCode());
	}

	@Test
	void acceptsFullWidthDigitsXAndSpacesFromAChineseInputMethod() {
		IdCardNumber id = IdCardNumber.parse("　１１０１０５１９４９１２３１００２Ｘ　", TODAY);
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(IdCardNumber.parse("１１０１０５１９４９１２３１００２ｘ", TODAY)).isEqualTo(id);
		assertThat(IdCardNumber.parse("３７０１０２９００１０１１２３", TODAY).value()).isEqualTo("370102199001011231");
		assertRejected("　", "身份证号不能为空");
		assertRejected("１１０１０５１９４９１２３１００２Ｙ", "身份证号应为18位（或15位旧号），只能包含数字和末位X");
	}

	@Test
	void upgradesLegacyFifteenDigitNumber() {
		IdCardNumber id = IdCardNumber.parse("370102900101123", TODAY);
		String expected = "37010219900101123" + IdCardNumber.checkDigit("37010219900101123");
		assertThat(expected).isEqualTo("370102199001011231");
		assertThat(id.value()).isEqualTo(expected);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
		assertThat(id.sex()).isEqualTo(Sex.MALE);
		assertThat(id).isEqualTo(IdCardNumber.parse(expected, TODAY));
	}

	@Test
	void legacyNumberWithInvalidDateIsRejected() {
		assertRejected("370102900230123", "身份证号中的出生日期无效：19900230");
	}

	@Test
	void acceptsFebruary29OnlyInLeapYears() {
		assertThat(IdCardNumber.parse(valid("11010520000229001"), TODAY).birthDate())
				.isEqualTo(LocalDate.of(2000, 2, 29));
		assertThat(IdCardNumber.parse(valid("11010519960229001"), TODAY).birthDate())
				.isEqualTo(LocalDate.of(1996, 2, 29));
		assertRejected(valid("11010519900229001"), "身份证号中的出生日期无效：19900229");
		assertRejected(valid("11010519000229001"), "身份证号中的出生日期无效：19000229");
	}

	@Test
	void rejectsImpossibleDates() {
		assertRejected(valid("11010519900230001"), "身份证号中的出生日期无效：19900230");
		assertRejected(valid("11010519901301001"), "身份证号中的出生日期无效：19901301");
		assertRejected(valid("11010519900100001"), "身份证号中的出生日期无效：19900100");
	}

	@Test
	void rejectsBirthDateInTheFuture() {
		assertRejected(valid("11010520250616001"), "身份证号中的出生日期晚于今天");
		assertThat(IdCardNumber.isValid(valid("11010520250615001"), TODAY)).isTrue();
	}

	@Test
	void rejectsImplausiblyEarlyBirthYear() {
		assertThatThrownBy(() -> IdCardNumber.parse(valid("11010517991231001"), TODAY))
				.isInstanceOf(InvalidIdCardNumberException.class)
				.hasMessageContaining("早于1800年")
				.hasMessageContaining("17991231");
	}

	@Test
	void rejectsWrongCheckDigitWithoutRevealingTheCorrectOne() {
		assertRejected("110105194912310021", "身份证号校验位不正确，请核对是否输错");
		assertRejected("440524188001010015", "身份证号校验位不正确，请核对是否输错");
		assertThat(IdCardNumber.isValid("110105194912310021", TODAY)).isFalse();
	}

	@Test
	void rejectsEmptyInput() {
		assertRejected(null, "身份证号不能为空");
		assertRejected("", "身份证号不能为空");
		assertRejected("   ", "身份证号不能为空");
	}

	@Test
	void rejectsWrongLengthAndCharacters() {
		String message = "身份证号应为18位（或15位旧号），只能包含数字和末位X";
		assertRejected("11010519491231002", message);
		assertRejected("11010519491231002X1", message);
		assertRejected("1101051949123100X2", message);
		assertRejected("11010519491231A02X", message);
		assertRejected("110105 9491231002X", message);
		assertRejected("37010290010112X", message);
	}

	@Test
	void derivesSexFromSeventeenthDigit() {
		assertThat(IdCardNumber.parse(valid("37010219900101123"), TODAY).sex()).isEqualTo(Sex.MALE);
		assertThat(IdCardNumber.parse(valid("37010219900101124"), TODAY).sex()).isEqualTo(Sex.FEMALE);
		assertThat(IdCardNumber.parse("11010519491231002X", TODAY).sex()).isEqualTo(Sex.FEMALE);
		assertThat(Sex.MALE.label()).isEqualTo("男");
		assertThat(Sex.FEMALE.label()).isEqualTo("女");
	}

	@Test
	void computesCompletedYearsOnReferenceDate() {
		IdCardNumber id = IdCardNumber.parse(valid("37010219900615123"), TODAY);
		assertThat(id.ageOn(LocalDate.of(2025, 6, 14))).isEqualTo(34);
		assertThat(id.ageOn(LocalDate.of(2025, 6, 15))).isEqualTo(35);
		assertThat(id.ageOn(LocalDate.of(2025, 6, 16))).isEqualTo(35);
		assertThat(id.ageOn(LocalDate.of(1990, 6, 15))).isZero();
		assertThat(id.ageOn(LocalDate.of(1980, 1, 1))).isZero();
	}

	@Test
	void leapDayBirthdayCountsFromMarchFirstInCommonYears() {
		IdCardNumber id = IdCardNumber.parse(valid("11010520000229001"), TODAY);
		assertThat(id.ageOn(LocalDate.of(2001, 2, 28))).isZero();
		assertThat(id.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
		assertThat(id.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
	}

	@Test
	void masksEverywhere() {
		IdCardNumber id = IdCardNumber.parse("370102199001011231", TODAY);
		assertThat(id.masked()).isEqualTo("370102********1231");
		assertThat(id.toString()).isEqualTo("370102********1231").doesNotContain("19900101");
		assertThat(id.suffix(4)).isEqualTo("1231");
		assertThat(id.suffix(6)).isEqualTo("011231");
		assertThat(id.suffix(0)).isEmpty();
		assertThatThrownBy(() -> id.suffix(19)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void unknownProvinceIsOnlyAWarning() {
		IdCardNumber unknown = IdCardNumber.parse(valid("99010219900101123"), TODAY);
		assertThat(unknown.value()).isEqualTo("990102199001011237");
		assertThat(unknown.hasKnownProvince()).isFalse();

		assertThat(IdCardNumber.parse("11010519491231002X", TODAY).hasKnownProvince()).isTrue();
		assertThat(IdCardNumber.parse(valid("81000019900101123"), TODAY).hasKnownProvince()).isTrue();
		assertThat(IdCardNumber.parse(valid("16010219900101123"), TODAY).hasKnownProvince()).isFalse();
	}

	@Test
	void parseWithoutDateUsesToday() {
		assertThat(IdCardNumber.parse("11010519491231002X").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void checkDigitRequiresSeventeenDigits() {
		assertThatThrownBy(() -> IdCardNumber.checkDigit("1234")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> IdCardNumber.checkDigit(null)).isInstanceOf(IllegalArgumentException.class);
	}
}
