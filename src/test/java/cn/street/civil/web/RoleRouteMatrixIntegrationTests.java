package cn.street.civil.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page route × every role: the expected answer is 200 where the role is allowed and 403 where it
 * is not. A new route must be added here (SECURITY.md §2: 0 unexpected allows).
 */
@IntegrationTest
class RoleRouteMatrixIntegrationTests {

	/** One demo login per role. */
	static final Map<String, String> LOGIN_OF_ROLE = Map.of("ADMIN", "admin", "AUDITOR", "auditor", "CHIEF", "chief",
			"STREET_CASEWORKER", "jiedao", "COMMUNITY_CASEWORKER", "hongyuan");

	static final Set<String> EVERYONE = LOGIN_OF_ROLE.keySet();

	static final Set<String> CASE_ROLES = Set.of("CHIEF", "STREET_CASEWORKER", "COMMUNITY_CASEWORKER");

	/** GET route → roles that may open it. */
	static final Map<String, Set<String>> ROUTES = Map.ofEntries(Map.entry("/", EVERYONE),
			Map.entry("/account/password", EVERYONE), Map.entry("/admin/accounts", Set.of("ADMIN")),
			Map.entry("/admin/accounts/new", Set.of("ADMIN")), Map.entry("/admin/communities", Set.of("ADMIN")),
			Map.entry("/admin/communities/new", Set.of("ADMIN")), Map.entry("/audit", Set.of("AUDITOR", "ADMIN")),
			Map.entry("/audit/export", Set.of("AUDITOR", "ADMIN")), Map.entry("/households", CASE_ROLES),
			Map.entry("/households/export", CASE_ROLES),
			Map.entry("/households/new", Set.of("STREET_CASEWORKER", "COMMUNITY_CASEWORKER")),
			Map.entry("/persons", CASE_ROLES), Map.entry("/household-imports", CASE_ROLES),
			Map.entry("/household-imports/template", Set.of("STREET_CASEWORKER", "COMMUNITY_CASEWORKER")),
			Map.entry("/dibao/cases", CASE_ROLES), Map.entry("/dibao/cases/staff-related", CASE_ROLES),
			Map.entry("/dibao/cases/export", CASE_ROLES), Map.entry("/dibao/cases/staff-related/export", CASE_ROLES),
			Map.entry("/dibao/notice", CASE_ROLES),
			Map.entry("/dibao/cases/new", Set.of("STREET_CASEWORKER", "COMMUNITY_CASEWORKER")),
			Map.entry("/standards", CASE_ROLES), Map.entry("/standards/DIBAO_STANDARD", CASE_ROLES),
			Map.entry("/standards/proposals", CASE_ROLES),
			Map.entry("/standards/proposals/new", Set.of("STREET_CASEWORKER")),
			// payout 月报 (issue 15, item 7)
			Map.entry("/payouts/report", CASE_ROLES), Map.entry("/payouts/report/export", CASE_ROLES),
			// the batches: every case role opens the list (a community caseworker sees only their lines)
			Map.entry("/payouts", CASE_ROLES),
			// ---- 优抚 and 残疾人 (modules care, disability; issue #16) ----
			Map.entry("/care/recipients", CASE_ROLES), Map.entry("/care/recipients/export", CASE_ROLES),
			Map.entry("/care/recipients/new", Set.of("STREET_CASEWORKER", "COMMUNITY_CASEWORKER")),
			Map.entry("/care/plaques", CASE_ROLES), Map.entry("/care/plaques/export", CASE_ROLES),
			Map.entry("/care/campaigns", CASE_ROLES), Map.entry("/care/campaigns/new", Set.of("CHIEF")),
			Map.entry("/disability/certificates", CASE_ROLES), Map.entry("/disability/certificates/export", CASE_ROLES),
			Map.entry("/disability/certificates/new", Set.of("STREET_CASEWORKER", "COMMUNITY_CASEWORKER")),
			// --- elderly (issue #17) ---
			Map.entry("/elderly", CASE_ROLES), Map.entry("/elderly/export", CASE_ROLES),
			Map.entry("/elderly/allowance", CASE_ROLES), Map.entry("/elderly/allowance/export", CASE_ROLES),
			Map.entry("/elderly/allowance/eligible", CASE_ROLES), Map.entry("/elderly/home-care/orders", CASE_ROLES),
			Map.entry("/elderly/home-care/providers", CASE_ROLES), Map.entry("/elderly/home-care/items", CASE_ROLES),
			Map.entry("/elderly/home-care/statistics", CASE_ROLES),
			Map.entry("/elderly/home-care/settlements", Set.of("CHIEF", "STREET_CASEWORKER")));

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Test
	void everyRoleGetsExactlyTheRoutesItIsAllowed() throws Exception {
		List<String> unexpected = new ArrayList<>();
		int checked = 0;
		for (var route : ROUTES.entrySet()) {
			for (var role : LOGIN_OF_ROLE.entrySet()) {
				int expected = route.getValue().contains(role.getKey()) ? 200 : 403;
				int actual = mvc.perform(get(route.getKey()).with(users.as(role.getValue())))
					.andReturn()
					.getResponse()
					.getStatus();
				checked++;
				if (actual != expected) {
					unexpected.add(role.getKey() + " GET " + route.getKey() + " → " + actual + " (expected " + expected + ")");
				}
			}
		}
		assertThat(unexpected).as("role × route matrix, %d checks", checked).isEmpty();
	}

}
