package cn.street.civil.shared.security;

import java.util.Set;

/** {@code @PreAuthorize} expressions shared by the case modules, so each rule is written once. */
public final class Roles {

	/** Case data may be read by the chief and the caseworkers (never by admin or auditor). */
	public static final String CASE_READ = "hasAnyRole('CHIEF', 'STREET_CASEWORKER', 'COMMUNITY_CASEWORKER')";

	/** Case data is prepared and edited by the caseworkers. */
	public static final String CASE_WRITE = "hasAnyRole('STREET_CASEWORKER', 'COMMUNITY_CASEWORKER')";

	/** Approvals and confirmations are the chief's; the record itself refuses its own preparer (four eyes). */
	public static final String APPROVE = "hasRole('CHIEF')";

	/** Street-level preparation (a change of the 政策标准, later rosters): the street caseworkers only. */
	public static final String STREET_PREPARE = "hasRole('STREET_CASEWORKER')";

	/** The roles of {@link #CASE_READ}, for menus and other checks that are not an expression. */
	public static final Set<Role> CASE_READERS = Set.of(Role.CHIEF, Role.STREET_CASEWORKER, Role.COMMUNITY_CASEWORKER);

	/** The roles of {@link #CASE_WRITE}. */
	public static final Set<Role> CASE_WRITERS = Set.of(Role.STREET_CASEWORKER, Role.COMMUNITY_CASEWORKER);

	/** The roles of {@link #APPROVE}. */
	public static final Set<Role> APPROVERS = Set.of(Role.CHIEF);

	/** The roles of {@link #STREET_PREPARE}. */
	public static final Set<Role> STREET_PREPARERS = Set.of(Role.STREET_CASEWORKER);

	private Roles() {
	}

}
