package cn.street.civil.assistance.tekun;

/**
 * 生活自理能力 by the number of the six daily activities the person cannot do (DOMAIN §2): none → 全自理 (具备),
 * one to three → 半自理 (部分丧失), four or more → 全护理 (完全丧失). The codes of the standards' CARE_TIER dimension.
 */
public enum CareTier {

	SELF_CARE, PARTIAL_CARE, FULL_CARE;

	public static CareTier ofUnable(int activitiesUnable) {
		if (activitiesUnable < 0 || activitiesUnable > 6) {
			throw new IllegalArgumentException("six activities: " + activitiesUnable);
		}
		return activitiesUnable == 0 ? SELF_CARE : activitiesUnable <= 3 ? PARTIAL_CARE : FULL_CARE;
	}

}
