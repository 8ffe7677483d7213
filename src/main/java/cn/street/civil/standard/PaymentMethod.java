package cn.street.civil.standard;

/** 计发方式 of 低保 (parameter {@link StandardParameter#DIBAO_PAYMENT_METHOD}). */
public enum PaymentMethod {

	/** 按标准补差: S × n − I. */
	EXACT_TOP_UP,
	/** 按档次发放. */
	TIERED,
	/** 定额发放. */
	FIXED

}
