package cn.street.civil.assistance.tekun;

/** Who 特困 covers (DOMAIN §2): 老年人 (≥ 60), 残疾人, 未满16周岁的未成年人. Labels: {@code tekun.category.<CODE>}. */
public enum TekunCategory {

	ELDERLY, DISABLED, MINOR

}
