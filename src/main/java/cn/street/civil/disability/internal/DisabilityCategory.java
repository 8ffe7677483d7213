package cn.street.civil.disability.internal;

import java.util.Arrays;
import java.util.Optional;

/** 残疾类别, the 19th digit of the 残疾人证号 (1 视力 … 7 多重); labels {@code disability.category.<NAME>}. */
public enum DisabilityCategory {

	VISUAL('1'), HEARING('2'), SPEECH('3'), PHYSICAL('4'), INTELLECTUAL('5'), MENTAL('6'), MULTIPLE('7');

	private final char digit;

	DisabilityCategory(char digit) {
		this.digit = digit;
	}

	public char digit() {
		return digit;
	}

	static Optional<DisabilityCategory> ofDigit(char digit) {
		return Arrays.stream(values()).filter(c -> c.digit == digit).findFirst();
	}

	/** 智力 or 精神: the categories a 护理补贴 may be widened to at 三级. */
	boolean mentalOrIntellectual() {
		return this == INTELLECTUAL || this == MENTAL;
	}

}
