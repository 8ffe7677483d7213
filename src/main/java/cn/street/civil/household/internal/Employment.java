package cn.street.civil.household.internal;

/** 就业状况. */
public enum Employment {

	EMPLOYED, FLEXIBLE, UNEMPLOYED, RETIRED, STUDENT, PRESCHOOL, UNABLE_TO_WORK, FARMING

}
