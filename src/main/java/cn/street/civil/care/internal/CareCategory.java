package cn.street.civil.care.internal;

/** 优抚对象类别 (DOMAIN §7); labels {@code care.category.<NAME>}. */
public enum CareCategory {

	/** 残疾军人: 残疾抚恤金 by grade and nature. */
	DISABLED_VETERAN,
	MARTYR_FAMILY, DUTY_DEATH_FAMILY, ILLNESS_DEATH_FAMILY, DEMOBILISED, ILL_RETURNED, WAR_PARTICIPANT,
	/** 60周岁以上农村籍退役士兵 (老年生活补助). */
	RURAL_VETERAN,
	/** 现役军人家属 / 义务兵家庭: 义务兵家庭优待金 once a year. */
	ACTIVE_SERVICE_FAMILY;

	/** The standard's dimension code for a monthly amount by category (not the veteran, not the yearly grant). */
	boolean paidByCategory() {
		return this != DISABLED_VETERAN && this != ACTIVE_SERVICE_FAMILY;
	}

}
