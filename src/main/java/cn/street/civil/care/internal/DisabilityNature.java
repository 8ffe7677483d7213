package cn.street.civil.care.internal;

/** 残疾性质 of a 残疾军人: 因战, 因公, 因病 (因病 only 一级–六级); labels {@code care.nature.<NAME>}. */
public enum DisabilityNature {

	WAR, DUTY, ILLNESS;

	static final int ILLNESS_MAX_GRADE = 6;

}
