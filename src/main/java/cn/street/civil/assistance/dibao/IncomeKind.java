package cn.street.civil.assistance.dibao;

/**
 * Kinds of monthly income recorded at the home visit (DOMAIN §1.1). Kinds the rules exclude are still
 * recorded, so the investigation shows them, but are not counted in the family income.
 */
public enum IncomeKind {

	/** 工资性收入. */
	WAGES(true),
	/** 经营净收入. */
	BUSINESS(true),
	/** 财产净收入. */
	PROPERTY(true),
	/** 转移净收入 (赡养费, 其他养老金等). */
	TRANSFER(true),
	/** 城乡居民基本养老保险基础养老金: not counted. */
	BASIC_PENSION(false),
	/** 优待抚恤金: not counted. */
	CARE_ALLOWANCE(false),
	/** 计划生育奖励与扶助金、奖学金、见义勇为等奖励性补助: not counted. */
	REWARDS(false),
	/** 政府发放的各类社会救助款物: not counted. */
	SOCIAL_ASSISTANCE(false),
	/** 其他收入. */
	OTHER(true);

	private final boolean counted;

	IncomeKind(boolean counted) {
		this.counted = counted;
	}

	public boolean counted() {
		return counted;
	}

}
