package cn.street.civil.elderly.allowance;

/** 高龄补贴 停发原因 (DOMAIN §5). */
public enum StopReason {

	DECEASED, MOVED_OUT, QUALIFICATION_CANCELLED, DUPLICATE, VOLUNTARY, NOT_FOUND, CORRECTED, POLICY_CHANGE,
	SURVIVAL_CHECK_FAILED, OTHER;

	/** The reasons a caseworker chooses; death and moving out come from the registry. */
	public static StopReason[] manual() {
		return new StopReason[] { QUALIFICATION_CANCELLED, DUPLICATE, VOLUNTARY, NOT_FOUND, CORRECTED, POLICY_CHANGE,
				SURVIVAL_CHECK_FAILED, OTHER };
	}

}
