package cn.street.civil.standard;

/** How the 特困 基本生活标准 is set (parameter {@link StandardParameter#TEKUN_BASIC_RULE}, per 集中/分散). */
public enum TekunBasicRule {

	/** 低保标准 × {@link StandardParameter#TEKUN_BASIC_RATIO}. */
	RATIO_OF_DIBAO,
	/** 定额: {@link StandardParameter#TEKUN_BASIC_AMOUNT}. */
	FIXED_AMOUNT

}
