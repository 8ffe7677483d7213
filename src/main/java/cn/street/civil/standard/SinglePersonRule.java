package cn.street.civil.standard;

/** How a 单人保 amount is set (parameter {@link StandardParameter#SINGLE_PERSON_RULE}). */
public enum SinglePersonRule {

	/** 低保标准减本人收入. */
	STANDARD_MINUS_INCOME,
	/** 定额: {@link StandardParameter#SINGLE_PERSON_AMOUNT}. */
	FIXED_AMOUNT

}
