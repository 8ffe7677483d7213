package cn.street.civil.elderly.homecare;

/** Who works with the providers' settlements: the street (all communities) — the street caseworker prepares, the chief approves. */
final class HomeCareRoles {

	static final String SETTLEMENT_READ = "hasAnyRole('CHIEF', 'STREET_CASEWORKER')";

	private HomeCareRoles() {
	}

}
