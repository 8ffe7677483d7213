package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;

/** One line of the 公示 sheet: what 民发〔2021〕57号 allows and nothing else. */
public record NoticeLine(String name, int coveredCount, BigDecimal monthlyAmount) {

	/** 张三 → 张某; a two-character surname (欧阳) is not guessed: the first character stands for the surname. */
	static String publicName(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		return name.strip().substring(0, name.strip().offsetByCodePoints(0, 1)) + "某";
	}

}
