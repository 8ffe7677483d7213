package cn.street.civil.elderly.homecare;

/** 回访满意度. */
public enum Satisfaction {

	SATISFIED, BASIC, UNSATISFIED

}
