package cn.street.civil.standard;

/**
 * How a 分类施保 add-on is set for one condition (parameter {@link StandardParameter#ADDON_RULE}, per
 * {@link StandardDimension#ADDON_CONDITION}).
 */
public enum AddOnRule {

	/** 不设该类施保. */
	NONE,
	/** 定额: {@link StandardParameter#ADDON_AMOUNT}. */
	FIXED_AMOUNT,
	/** 按低保标准的比例: S × {@link StandardParameter#ADDON_SHARE}. */
	SHARE_OF_STANDARD

}
