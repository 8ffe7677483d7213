package cn.street.civil.assistance;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.street.civil.household.HouseholdTestClient;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.TestIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Registers families and takes 低保 cases through their steps over HTTP, as the office's users would. */
@Component
class DibaoTestClient {

	static final String[] REQUIRED_MATERIALS = { "APPLICATION", "AUTHORIZATION", "ID", "INCOME", "PROPERTY" };

	final MockMvc mvc;

	final DemoUsers users;

	final JdbcClient jdbc;

	final HouseholdTestClient households;

	DibaoTestClient(MockMvc mvc, DemoUsers users, JdbcClient jdbc, HouseholdTestClient households) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
		this.households = households;
	}

	/**
	 * A family in 洪苑: head, spouse, child (ids: household, head, spouse, child). Returns once the assistance
	 * module has handled the registry events of the registration (delivered after the commit, asynchronously):
	 * otherwise a late "member joined" could flag a case opened right after, and bump its version under the test.
	 */
	long[] family(String headName) throws Exception {
		java.time.OffsetDateTime start = jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single();
		long[] family = registerFamily(headName);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and publication_date >= :start
				  and listener_id like 'cn.street.civil.assistance.%'""").param("start", start).query(Long.class).single() == 0);
		return family;
	}

	private long[] registerFamily(String headName) throws Exception {
		long household = households.register("hongyuan", headName, TestIds.next(true));
		long head = jdbc.sql("select head_person_id from household where id = :id").param("id", household)
			.query(Long.class).single();
		long spouse = households.addMember("hongyuan", household, headName + "妻", TestIds.next(false), "SPOUSE");
		long child = households.addMember("hongyuan", household, headName + "子", TestIds.next(true), "CHILD");
		return new long[] { household, head, spouse, child };
	}

	String householdNo(long household) {
		return jdbc.sql("select household_no from household where id = :id").param("id", household)
			.query(String.class).single();
	}

	MockHttpServletRequestBuilder application(String user, long household, long applicant, List<Long> covered) {
		MockHttpServletRequestBuilder request = post("/dibao/cases").with(users.as(user))
			.with(csrf())
			.param("householdNo", householdNo(household))
			.param("applicantPersonId", String.valueOf(applicant))
			.param("materials", REQUIRED_MATERIALS);
		covered.forEach(id -> request.param("coveredPersonIds", String.valueOf(id)));
		return request;
	}

	/** Applies and returns the new case's id. */
	long apply(String user, long household, long applicant, List<Long> covered, String... params) throws Exception {
		MockHttpServletRequestBuilder request = application(user, household, applicant, covered);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/dibao/cases/")) {
			throw new AssertionError("application refused: " + location);
		}
		return Long.parseLong(location.substring("/dibao/cases/".length()));
	}

	/** Records a home visit with these income lines (personId, kind, amount triples). */
	int investigate(String user, long caseId, Object... incomes) throws Exception {
		MockHttpServletRequestBuilder request = post("/dibao/cases/{id}/investigation", caseId).with(users.as(user))
			.with(csrf())
			.param("version", String.valueOf(version(caseId)))
			.param("visitedOn", jdbc.sql("select applied_on from assistance_case where id = :id").param("id", caseId)
				.query(String.class).single())
			.param("investigators[0]", "张调查")
			.param("investigators[1]", "李调查")
			.param("propertyNotes", "无车辆，无其他房产")
			.param("conclusion", "情况属实");
		for (int i = 0; i < incomes.length; i += 3) {
			int line = i / 3;
			request.param("incomes[" + line + "].personId", String.valueOf(incomes[i]))
				.param("incomes[" + line + "].kind", String.valueOf(incomes[i + 1]))
				.param("incomes[" + line + "].amount", String.valueOf(incomes[i + 2]));
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/** Posts an action with the case's current version; returns the HTTP status. */
	int act(String user, long caseId, String path, String... params) throws Exception {
		return act(user, caseId, version(caseId), path, params);
	}

	int act(String user, long caseId, long version, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/dibao/cases/{id}/" + path, caseId).with(users.as(user))
			.with(csrf())
			.param("version", String.valueOf(version));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	String page(String user, String url) throws Exception {
		return mvc.perform(get(url).with(users.as(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String body(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(users.as(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	long version(long caseId) {
		return jdbc.sql("select version from assistance_case where id = :id").param("id", caseId).query(Long.class).single();
	}

	String state(long caseId) {
		return jdbc.sql("select state from assistance_case where id = :id").param("id", caseId).query(String.class).single();
	}

	long timelineSize(long caseId) {
		return jdbc.sql("select count(*) from assistance_case_transition where case_id = :id").param("id", caseId)
			.query(Long.class).single();
	}

	long auditRows(long caseId) {
		return jdbc.sql("select count(*) from audit_entry where module = 'assistance' and object_id = :id")
			.param("id", String.valueOf(caseId)).query(Long.class).single();
	}

}
