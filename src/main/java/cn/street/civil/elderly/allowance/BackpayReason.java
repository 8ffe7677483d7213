package cn.street.civil.elderly.allowance;

/** 高龄补贴 补发原因 (DOMAIN §5). */
public enum BackpayReason {

	NOT_REGISTERED_IN_TIME, NOT_FOUND, BRIEFLY_UNREACHABLE, OTHER

}
