package cn.street.civil.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form and list once with empty, huge and wrong-type values, and every text field once with a
 * script payload: no answer is a server error, and the payload never comes back unescaped
 * (SECURITY.md §5).
 */
@IntegrationTest
class MalformedInputIntegrationTests {

	static final String HUGE = "长".repeat(10_000);

	static final String XSS = "\"><script>alert(1)</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noFormOrListAnswersWithAServerError() throws Exception {
		long household = registerHousehold();
		long person = jdbc.sql("select head_person_id from household where id = :id").param("id", household)
			.query(Long.class)
			.single();
		Map<String, List<String>> forms = new LinkedHashMap<>();
		forms.put("admin POST /admin/accounts", List.of("username", "displayName", "role", "communityId", "version"));
		forms.put("admin POST /admin/accounts/1", List.of("username", "displayName", "role", "communityId", "version"));
		forms.put("admin POST /admin/communities", List.of("code", "name", "population", "version"));
		forms.put("admin POST /admin/communities/1", List.of("code", "name", "population", "version"));
		forms.put("hongyuan POST /account/password", List.of("currentPassword", "newPassword", "confirmPassword"));
		forms.put("hongyuan POST /households", List.of("communityId", "householdNo", "address", "phone", "residenceType",
				"bankName", "bankAccount", "bankAccountHolder", "headName", "headIdNumber", "headEthnicity", "headPhone",
				"headMaritalStatus", "headEmployment", "headHealthNotes"));
		forms.put("hongyuan POST /households/" + household, List.of("address", "phone", "residenceType", "bankName",
				"bankAccount", "bankAccountHolder", "clearBankAccount", "version"));
		forms.put("hongyuan POST /households/" + household + "/members", List.of("name", "idNumber", "relation",
				"ethnicity", "phone", "maritalStatus", "employment", "healthNotes", "joinedOn"));
		List<String> change = List.of("date", "reason", "targetHouseholdNo", "relation", "newHeadPersonId", "memberIds",
				"address", "version");
		for (String action : List.of("move", "death", "move-out", "relation")) {
			forms.put("hongyuan POST /households/" + household + "/members/" + person + "/" + action, change);
		}
		for (String action : List.of("head", "split", "merge")) {
			forms.put("hongyuan POST /households/" + household + "/" + action, change);
		}
		forms.put("hongyuan POST /persons/" + person, List.of("name", "idNumber", "ethnicity", "phone", "maritalStatus",
				"employment", "healthNotes", "reason", "version"));
		long proposal = proposeStandard();
		forms.put("jiedao POST /standards/proposals", List.of("item", "validFrom", "value", "note", "version"));
		forms.put("jiedao POST /standards/proposals/" + proposal, List.of("validFrom", "value", "note", "version"));
		forms.put("chief POST /standards/proposals/" + proposal + "/approve", List.of("version", "reason"));
		forms.put("chief POST /standards/proposals/" + proposal + "/reject", List.of("version", "reason"));

		List<String> serverErrors = new ArrayList<>();
		int requests = 0;
		for (var form : forms.entrySet()) {
			String[] parts = form.getKey().split(" ");
			for (String variant : List.of("empty", "huge", "wrong-type")) {
				MockHttpServletRequestBuilder request = post(parts[2]).with(users.as(parts[0])).with(csrf());
				for (String field : form.getValue()) {
					switch (variant) {
						case "huge" -> request.param(field, HUGE);
						case "wrong-type" -> request.param(field, "NOT-A-VALUE", "9999999999999999999999");
						default -> request.param(field, "");
					}
				}
				requests++;
				int status = mvc.perform(request).andReturn().getResponse().getStatus();
				if (status >= 500) {
					serverErrors.add(form.getKey() + " [" + variant + "] → " + status);
				}
			}
		}
		for (String url : List.of("/households?page=abc&size=-1&sort=;drop&communityId=x&residenceType=MARS&status=%00",
				"/persons?page=99999999&sort=name,sideways&status=UNKNOWN&q=" + HUGE.substring(0, 500),
				"/admin/accounts?role=KING&communityId=abc&page=x", "/audit?from=yesterday&to=2024-13-45&page=-1",
				"/households/export?communityId=abc&sort=password", "/households/abc", "/persons/1e9",
				"/standards/proposals/abc", "/standards/%00")) {
			String user = url.startsWith("/admin") ? "admin" : url.startsWith("/audit") ? "auditor" : "hongyuan";
			requests++;
			int status = mvc.perform(get(url).with(users.as(user))).andReturn().getResponse().getStatus();
			if (status >= 500) {
				serverErrors.add("GET " + url + " → " + status);
			}
		}
		assertThat(serverErrors).as("%d malformed requests", requests).isEmpty();
		assertThat(jdbc.sql("select status from person where id = :id").param("id", person).query(String.class).single())
			.isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select status from standard_value where id = :id").param("id", proposal)
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	private long proposeStandard() throws Exception {
		String location = mvc
			.perform(post("/standards/proposals").with(users.as("jiedao"))
				.with(csrf())
				.param("item", "TEKUN_BASIC_AMOUNT.CENTRALISED")
				.param("validFrom", "2035-01")
				.param("value", "500")
				.param("note", "畸形输入测试"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void aScriptTypedIntoEveryTextFieldComesBackEscapedEverywhere() throws Exception {
		String headId = TestIds.next();
		String location = mvc
			.perform(post("/households").with(users.as("hongyuan"))
				.with(csrf())
				.param("address", XSS)
				.param("residenceType", "URBAN")
				.param("bankName", XSS)
				.param("bankAccount", "6222021602001234567")
				.param("bankAccountHolder", XSS)
				.param("headName", XSS)
				.param("headIdNumber", headId)
				.param("headEthnicity", "<b>x</b>")
				.param("headHealthNotes", XSS))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/households/");
		long person = jdbc.sql("select head_person_id from household where id = :id")
			.param("id", Long.parseLong(location.substring("/households/".length())))
			.query(Long.class)
			.single();
		List<String> pages = List.of(location, "/households?q=%22%3E", "/persons?q=%22%3E", "/persons/" + person,
				"/persons/" + person + "/edit", location + "/edit");
		for (String page : pages) {
			String html = mvc.perform(get(page).with(users.as("hongyuan"))).andReturn().getResponse().getContentAsString();
			assertThat(html).as(page).doesNotContain("<script>alert(1)</script>");
		}
		String audit = mvc.perform(get("/audit").param("module", "household").with(users.as("auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(audit).doesNotContain("<script>alert(1)</script>");
	}

	private long registerHousehold() throws Exception {
		String location = mvc
			.perform(post("/households").with(users.as("hongyuan"))
				.with(csrf())
				.param("address", "济南市历城区畸形输入测试1号")
				.param("residenceType", "URBAN")
				.param("headName", "畸形测试")
				.param("headIdNumber", TestIds.next()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/households/".length()));
	}

}
