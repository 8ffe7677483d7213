package cn.street.civil.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HalfWidthTests {

	@Test
	void fullWidthDigitsLettersAndSignsBecomeAscii() {
		assertThat(HalfWidth.of("３７０１０２１９９００１０１１２３Ｘ")).isEqualTo("37010219900101123X");
		assertThat(HalfWidth.of("ｘ")).isEqualTo("x");
		assertThat(HalfWidth.of("０５３１－８８００１２３４")).isEqualTo("0531-88001234");
		assertThat(HalfWidth.of("＋８６ １３８")).isEqualTo("+86 138");
		assertThat(HalfWidth.of("！～")).isEqualTo("!~");
	}

	@Test
	void ideographicAndNoBreakSpacesAreSpacesAndTheTextIsStripped() {
		assertThat(HalfWidth.of("　６２２２　０２１６\u00A0")).isEqualTo("6222 0216");
		assertThat(HalfWidth.of(" \t1234 \n")).isEqualTo("1234");
		assertThat(HalfWidth.of("　")).isEmpty();
		assertThat(HalfWidth.of(null)).isNull();
	}

	@Test
	void otherTextIsLeftAsItIs() {
		assertThat(HalfWidth.of("370102199001011234")).isEqualTo("370102199001011234");
		assertThat(HalfWidth.of("王建国")).isEqualTo("王建国");
		assertThat(HalfWidth.of("１")).isEqualTo("1");
		assertThat(HalfWidth.of("①")).isEqualTo("①");
	}

}
