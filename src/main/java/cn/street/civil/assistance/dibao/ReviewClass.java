package cn.street.civil.assistance.dibao;

/**
 * 分类管理 of a case in payment (DOMAIN §1.3), the codes of {@code StandardDimension.REVIEW_CLASS}; how often each
 * is reviewed is the dated parameter {@code REVIEW_INTERVAL_MONTHS}. Labels: {@code dibao.review.class.<CODE>}.
 */
public enum ReviewClass {

	/** 整户无劳动能力, or 重病/重残, income not expected to change. */
	A,
	/** 收入稳定. */
	B,
	/** 收入来源不固定、有劳动能力的成员. */
	C

}
