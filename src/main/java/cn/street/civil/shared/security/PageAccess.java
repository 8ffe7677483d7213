package cn.street.civil.shared.security;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What the current user's role may see, for the pages: {@code th:if="${@access.readsCases()}"} instead of
 * {@code sec:authorize="hasAnyRole(...)"}. The security dialect parses its expression and builds a new
 * evaluation context on every use; the layout and the home page use it nine times per view, which took a quarter
 * of the home page's JVM time (JFR). The rules are the ones of {@link Roles} (a test keeps them equal). This only
 * decides what a page shows: the controllers and services check the same rules themselves.
 */
@Component("access")
public class PageAccess {

	static final Set<Role> CASE_READERS = Set.of(Role.CHIEF, Role.STREET_CASEWORKER, Role.COMMUNITY_CASEWORKER);

	static final Set<Role> CASE_WRITERS = Set.of(Role.STREET_CASEWORKER, Role.COMMUNITY_CASEWORKER);

	static final Set<Role> AUDIT_READERS = Set.of(Role.AUDITOR, Role.ADMIN);

	/** Someone is logged in. */
	public boolean authenticated() {
		return CurrentUser.current().isPresent();
	}

	/** {@link Roles#CASE_READ}: the chief and the caseworkers. */
	public boolean readsCases() {
		return has(CASE_READERS);
	}

	/** {@link Roles#CASE_WRITE}: the caseworkers. */
	public boolean editsCases() {
		return has(CASE_WRITERS);
	}

	/** The chief and the street caseworker: every community. */
	public boolean seesAllCommunities() {
		return has(Set.of(Role.CHIEF, Role.STREET_CASEWORKER));
	}

	public boolean isAdmin() {
		return has(Set.of(Role.ADMIN));
	}

	/** The audit trail: the auditor, and the admin for its own area. */
	public boolean readsAudit() {
		return has(AUDIT_READERS);
	}

	/** The admin and the auditor see no case data. */
	public boolean seesNoCases() {
		return has(Set.of(Role.ADMIN, Role.AUDITOR));
	}

	private static boolean has(Set<Role> roles) {
		return CurrentUser.current().map(user -> roles.contains(user.role())).orElse(false);
	}

}
