package cn.street.civil.disability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;

import cn.street.civil.household.HouseholdTestClient;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.TestIds;
import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Registers families in 洪苑, certificates, and takes a 低保 case to confirmation, over HTTP as the users would. */
@Component
public class DisabilityTestClient {

	public final MockMvc mvc;

	public final DemoUsers users;

	public final JdbcClient jdbc;

	public final HouseholdTestClient households;

	DisabilityTestClient(MockMvc mvc, DemoUsers users, JdbcClient jdbc, HouseholdTestClient households) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
		this.households = households;
	}

	/** Family {household, head, spouse} with their 身份证号 {.., headId, spouseId}; waits for the registry events. */
	public Object[] family(String headName) throws Exception {
		OffsetDateTime start = jdbc.sql("select now()").query(OffsetDateTime.class).single();
		String headId = TestIds.next(true);
		String spouseId = TestIds.next(false);
		long household = households.register("hongyuan", headName, headId);
		long head = households.personId(headId);
		long spouse = households.addMember("hongyuan", household, headName + "妻", spouseId, "SPOUSE");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from event_publication where completion_date is null and publication_date >= :start""")
			.param("start", start).query(Long.class).single() == 0);
		return new Object[] { household, head, spouse, headId, spouseId };
	}

	public MockHttpServletRequestBuilder registration(String user, Long personId, String number, String... extra) {
		MockHttpServletRequestBuilder r = post("/disability/certificates").with(users.as(user)).with(csrf())
			.param("number", number)
			.param("issuedOn", "2026-10-15")
			.param("reviewOn", "2031-10-15")
			.param("employment", "UNEMPLOYED");
		if (!java.util.Arrays.asList(extra).contains("longTermCare")) {
			r.param("longTermCare", "true");
		}
		if (personId != null) {
			r.param("personId", String.valueOf(personId));
		}
		for (int i = 0; i < extra.length; i += 2) {
			r.param(extra[i], extra[i + 1]);
		}
		return r;
	}

	/** Registers and returns the certificate's id. */
	public long register(String user, Long personId, String number) throws Exception {
		String location = mvc.perform(registration(user, personId, number)).andReturn().getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/disability/certificates/")) {
			throw new AssertionError("certificate refused: " + location);
		}
		return Long.parseLong(location.substring("/disability/certificates/".length()));
	}

	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	public String body(MockHttpServletRequestBuilder request) throws Exception {
		return perform(request).getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	public int status(String user, String url) throws Exception {
		return mvc.perform(get(url).with(users.as(user))).andReturn().getResponse().getStatus();
	}

	public String page(String user, String url) throws Exception {
		return body(get(url).with(users.as(user)));
	}

	public String householdNo(long household) {
		return jdbc.sql("select household_no from household where id = :id").param("id", household)
			.query(String.class).single();
	}

	long caseVersion(long caseId) {
		return jdbc.sql("select version from assistance_case where id = :id").param("id", caseId).query(Long.class).single();
	}

	/** A 低保 application for the whole household (income 0), investigated, reviewed and put on notice. */
	public long dibaoOnNotice(long household, long head, long... others) throws Exception {
		MockHttpServletRequestBuilder apply = post("/dibao/cases").with(users.as("hongyuan")).with(csrf())
			.param("householdNo", householdNo(household))
			.param("applicantPersonId", String.valueOf(head))
			.param("materials", "APPLICATION", "AUTHORIZATION", "ID", "INCOME", "PROPERTY")
			.param("coveredPersonIds", String.valueOf(head));
		for (long other : others) {
			apply.param("coveredPersonIds", String.valueOf(other));
		}
		String location = perform(apply).getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/dibao/cases/")) {
			throw new AssertionError("低保 application refused: " + location);
		}
		long id = Long.parseLong(location.substring("/dibao/cases/".length()));
		String appliedOn = jdbc.sql("select applied_on from assistance_case where id = :id").param("id", id)
			.query(String.class).single();
		check(perform(post("/dibao/cases/{id}/investigation", id).with(users.as("hongyuan")).with(csrf())
			.param("version", String.valueOf(caseVersion(id)))
			.param("visitedOn", appliedOn)
			.param("investigators[0]", "张调查").param("investigators[1]", "李调查")
			.param("propertyNotes", "无车辆").param("conclusion", "情况属实")));
		act("jiedao", id, "review", "comment", "拟同意");
		act("jiedao", id, "notice");
		return id;
	}

	public void act(String user, long caseId, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder r = post("/dibao/cases/{id}/" + path, caseId).with(users.as(user)).with(csrf())
			.param("version", String.valueOf(caseVersion(caseId)));
		for (int i = 0; i < params.length; i += 2) {
			r.param(params[i], params[i + 1]);
		}
		check(perform(r));
	}

	private static void check(MvcResult result) {
		if (result.getResponse().getStatus() != 302) {
			throw new AssertionError("step refused with " + result.getResponse().getStatus());
		}
	}

}
