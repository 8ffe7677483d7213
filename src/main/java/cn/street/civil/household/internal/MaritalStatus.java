package cn.street.civil.household.internal;

/** 婚姻状况. */
public enum MaritalStatus {

	UNMARRIED, MARRIED, DIVORCED, WIDOWED

}
