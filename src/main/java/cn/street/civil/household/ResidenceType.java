package cn.street.civil.household;

/** 城镇 / 农村 户籍类别: decides which 低保 standard applies. */
public enum ResidenceType {

	URBAN, RURAL

}
