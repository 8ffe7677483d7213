package cn.street.civil.assistance.tekun;

/**
 * The basis of 无劳动能力 as the investigator records it (第五条): 60周岁以上, 未满16周岁, a qualifying
 * disability, or none (the condition is not met).
 */
public enum IncapacityBasis {

	AGE_60, UNDER_16, DISABILITY, NONE

}
