package cn.street.civil.household;

/** 婚姻状况. */
public enum MaritalStatus {

	UNMARRIED, MARRIED, DIVORCED, WIDOWED

}
