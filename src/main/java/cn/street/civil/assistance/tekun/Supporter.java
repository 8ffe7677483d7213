package cn.street.civil.assistance.tekun;

/** 法定赡养、抚养、扶养义务人: none, one without the ability to fulfil the duty, or one able to (condition not met). */
public enum Supporter {

	NONE, UNABLE, ABLE

}
