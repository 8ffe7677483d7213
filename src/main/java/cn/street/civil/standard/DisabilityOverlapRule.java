package cn.street.civil.standard;

/** 护理补贴 for a person who also receives the 特困 照料护理费. */
public enum DisabilityOverlapRule {

	/** Both are paid in full. */
	PAY_BOTH,
	/** 就高不重复: the 护理补贴 pays only what it exceeds the 照料护理费 by (nothing when that is higher). */
	HIGHER_ONLY

}
