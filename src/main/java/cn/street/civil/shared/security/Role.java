package cn.street.civil.shared.security;

/**
 * The roles the office works with. Admin, auditor and business roles stay separate (等保 三员分立):
 * an admin manages accounts but sees no case data, an auditor only reads the audit trail.
 */
public enum Role {

	/** 系统管理员: communities and accounts. */
	ADMIN,
	/** 审计员: reads the audit trail. */
	AUDITOR,
	/** 科长: confirms cases and approves payouts. */
	CHIEF,
	/** 街道经办人: reviews cases across all communities. */
	STREET_CASEWORKER,
	/** 社区专干: bound to exactly one community. */
	COMMUNITY_CASEWORKER;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean needsCommunity() {
		return this == COMMUNITY_CASEWORKER;
	}

	/** Roles that work with case data (households, persons, programmes). */
	public boolean handlesCases() {
		return this == CHIEF || this == STREET_CASEWORKER || this == COMMUNITY_CASEWORKER;
	}

}
