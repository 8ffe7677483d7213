package cn.street.civil.standard;

/** 高龄补贴: the first month paid after reaching the age (DOMAIN §5, local). */
public enum AgeAllowanceStartRule {

	/** From the month in which the person reaches the age (当月). */
	BIRTHDAY_MONTH,
	/** From the month after the one in which the person reaches the age (次月). */
	MONTH_AFTER

}
