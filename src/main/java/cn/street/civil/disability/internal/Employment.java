package cn.street.civil.disability.internal;

/** 就业状况 of a certificate holder; labels {@code disability.employment.<NAME>}. */
public enum Employment {

	EMPLOYED, SELF_EMPLOYED, FLEXIBLE, UNEMPLOYED, UNABLE, STUDENT, RETIRED

}
