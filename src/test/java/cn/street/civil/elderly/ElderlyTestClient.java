package cn.street.civil.elderly;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import cn.street.civil.household.HouseholdTestClient;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.TestIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Registers elderly persons through the registry's pages and drives the elderly pages, as a caseworker would. */
@Component
public class ElderlyTestClient {

	/** Sequence numbers 900–989 of area 371702 are this module's (TestIds.next uses 011/022). */
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final MockMvc mvc;

	final DemoUsers users;

	final JdbcClient jdbc;

	final HouseholdTestClient households;

	ElderlyTestClient(MockMvc mvc, DemoUsers users, JdbcClient jdbc, HouseholdTestClient households) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
		this.households = households;
	}

	/** A 身份证号 of someone born on {@code birth}, unique among the tests. */
	public static String idBornOn(LocalDate birth) {
		int n = SEQUENCE.getAndIncrement();
		return TestIds.of("371702", birth, String.valueOf(900 + (n % 90)).substring(0, 3));
	}

	/**
	 * Registers, as {@code user} (a community caseworker), a one-person household of someone born on {@code birth},
	 * with a payout account when {@code withAccount}; returns {household id, person id}.
	 */
	public long[] elder(String user, String name, LocalDate birth, boolean withAccount) throws Exception {
		String id = idBornOn(birth);
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/households").with(users.as(user))
			.with(csrf())
			.param("address", "济南市历下区养老测试小区1号楼")
			.param("residenceType", "URBAN")
			.param("headName", name)
			.param("headIdNumber", id)
			.param("headEthnicity", "汉族");
		if (withAccount) {
			request.param("bankName", "济南农商银行").param("bankAccount", "6230 1234 5678 " + (1000 + SEQUENCE.get() % 9000))
				.param("bankAccountHolder", name);
		}
		String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/households/")) {
			throw new AssertionError("registration failed for " + name + ": " + location);
		}
		long household = Long.parseLong(location.substring("/households/".length()));
		return new long[] { household, households.personId(id) };
	}

	/**
	 * A household (head born 1980, with a payout account) in which someone born on {@code birth} lives as the head's
	 * parent: {household id, elder's person id}. The elder can die without the household losing its head.
	 */
	public long[] elderInFamily(String user, String name, LocalDate birth) throws Exception {
		long[] head = elder(user, name + "子", LocalDate.of(1980, 5, 5).plusDays(SEQUENCE.get() % 300), true);
		long elder = households.addMember(user, head[0], name, idBornOn(birth), "PARENT");
		return new long[] { head[0], elder };
	}

	public String page(String user, String url) throws Exception {
		return mvc.perform(get(url).with(users.as(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	public int status(String user, String url) throws Exception {
		return mvc.perform(get(url).with(users.as(user))).andReturn().getResponse().getStatus();
	}

	/** POSTs the form as {@code user}; params as name, value pairs. */
	public MvcResult post(String user, String url, String... params) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.with(users.as(user))
			.with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	public long communityId(String name) {
		return jdbc.sql("select id from community where name = :n").param("n", name).query(Long.class).single();
	}

	public long householdVersion(long householdId) {
		return households.version(householdId);
	}

}
