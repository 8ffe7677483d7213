package cn.street.civil.elderly.homecare;

/** 无偿 (the government pays all), 低偿 (the elder pays the co-pay share), 自费 (the elder pays all). */
public enum EntitlementKind {

	FREE, LOW_COST, SELF_PAID;

	/** Whether the monthly quota by ability level applies. */
	public boolean hasQuota() {
		return this != SELF_PAID;
	}

}
