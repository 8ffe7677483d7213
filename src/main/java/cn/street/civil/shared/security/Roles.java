package cn.street.civil.shared.security;

import java.util.Set;

/** {@code @PreAuthorize} expressions shared by the case modules, so each rule is written once. */
public final class Roles {

	/** Case data may be read by the chief and the caseworkers (never by admin or auditor). */
	public static final String CASE_READ = "hasAnyRole('CHIEF', 'STREET_CASEWORKER', 'COMMUNITY_CASEWORKER')";

	/** Case data is prepared and edited by the caseworkers. */
	public static final String CASE_WRITE = "hasAnyRole('STREET_CASEWORKER', 'COMMUNITY_CASEWORKER')";

	/** The roles of {@link #CASE_READ}, for menus and other checks that are not an expression. */
	public static final Set<Role> CASE_READERS = Set.of(Role.CHIEF, Role.STREET_CASEWORKER, Role.COMMUNITY_CASEWORKER);

	/** The roles of {@link #CASE_WRITE}. */
	public static final Set<Role> CASE_WRITERS = Set.of(Role.STREET_CASEWORKER, Role.COMMUNITY_CASEWORKER);

	private Roles() {
	}

}
