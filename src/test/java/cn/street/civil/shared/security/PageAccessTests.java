package cn.street.civil.shared.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class PageAccessTests {

	final PageAccess access = new PageAccess();

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void pagesShowCaseDataToTheRolesThatServicesLetReadAndWriteIt() {
		assertThat(rolesFor(access::readsCases)).isEqualTo(rolesIn(Roles.CASE_READ));
		assertThat(rolesFor(access::editsCases)).isEqualTo(rolesIn(Roles.CASE_WRITE));
		assertThat(rolesFor(access::readsCases)).isEqualTo(
				EnumSet.allOf(Role.class).stream().filter(Role::handlesCases).collect(Collectors.toSet()));
	}

	@Test
	void theOtherAreas() {
		assertThat(rolesFor(access::isAdmin)).containsExactly(Role.ADMIN);
		assertThat(rolesFor(access::readsAudit)).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
		assertThat(rolesFor(access::seesNoCases)).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
		assertThat(rolesFor(access::seesAllCommunities)).containsExactlyInAnyOrder(Role.CHIEF, Role.STREET_CASEWORKER);
		assertThat(rolesFor(access::authenticated)).containsExactlyInAnyOrder(Role.values());
	}

	@Test
	void nobodyLoggedInSeesNothing() {
		assertThat(access.authenticated() || access.readsCases() || access.editsCases() || access.isAdmin()
				|| access.readsAudit() || access.seesNoCases() || access.seesAllCommunities()).isFalse();
	}

	/** The roles for which the check says yes. */
	private static Set<Role> rolesFor(BooleanCheck check) {
		Set<Role> yes = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			CurrentUser user = new CurrentUser(1, "u", "U", role, role.needsCommunity() ? 1L : null, null, true, true,
					false);
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			if (check.test()) {
				yes.add(role);
			}
			SecurityContextHolder.clearContext();
		}
		return yes;
	}

	@FunctionalInterface
	interface BooleanCheck {

		boolean test();

	}

	private static Set<Role> rolesIn(String expression) {
		Matcher roles = Pattern.compile("'([A-Z_]+)'").matcher(expression);
		Set<Role> found = EnumSet.noneOf(Role.class);
		while (roles.find()) {
			found.add(Role.valueOf(roles.group(1)));
		}
		return found;
	}

}
