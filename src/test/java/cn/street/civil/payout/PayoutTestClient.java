package cn.street.civil.payout;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import cn.street.civil.support.DemoUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Takes payout batches through their steps over HTTP, as the street caseworker and the chief would, and reads
 * what the database holds. Each test uses its own month (months before the demo street's payout history, where
 * the demo caseload already pays), so tests sharing the database never meet.
 */
@Component
class PayoutTestClient {

	final MockMvc mvc;

	final DemoUsers users;

	final JdbcClient jdbc;

	final cn.street.civil.support.MutableClock clock;

	PayoutTestClient(MockMvc mvc, DemoUsers users, JdbcClient jdbc, cn.street.civil.support.MutableClock clock) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A month no other test generates: the clock moves {@code years} years ahead (tests reset it afterwards) and
	 * this is the month then; the demo caseload pays on in it, the demo payout history does not reach it.
	 */
	YearMonth monthAhead(int years) {
		clock.advance(java.time.Duration.ofDays(366L * years));
		return YearMonth.now(clock);
	}

	MockHttpServletResponse generate(String user, String programme, YearMonth month) throws Exception {
		return mvc.perform(post("/payouts").with(users.as(user)).with(csrf()).param("programme", programme)
			.param("month", month.toString())).andReturn().getResponse();
	}

	/** Generates as the street caseworker and returns the batch id. */
	long generated(String programme, YearMonth month) throws Exception {
		MockHttpServletResponse response = generate("jiedao", programme, month);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A step on the batch page (submit, approve, return, regenerate, discard) with the version shown. */
	MvcResult step(String user, long batch, String action, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/payouts/{id}/" + action, batch).with(users.as(user)).with(csrf())
			.param("version", String.valueOf(version(batch)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	/** The refusal shown on the batch page after a step, or null when it went through. */
	static String refusal(MvcResult result) {
		Object refusal = result.getFlashMap().get("refusal");
		return refusal == null ? null : refusal.toString();
	}

	/**
	 * What the street caseworker does before submitting a batch whose lines lack a payout account (households that
	 * other tests registered without one): the community registers the account on the household page.
	 */
	void registerMissingAccounts(long batch) throws Exception {
		java.util.List<Map<String, Object>> missing = jdbc.sql("""
				select distinct h.id, h.address, h.residence_type, h.version, l.payee_name from payout_line l
				join household h on h.id = l.household_id
				where l.batch_id = :b and l.checks && array['NO_ACCOUNT', 'ACCOUNT_INCOMPLETE']::varchar[]""")
			.param("b", batch).query().listOfRows();
		for (Map<String, Object> h : missing) {
			MockHttpServletResponse response = mvc.perform(post("/households/{id}", h.get("id")).with(users.as("jiedao"))
				.with(csrf())
				.param("address", (String) h.get("address"))
				.param("residenceType", (String) h.get("residence_type"))
				.param("bankName", "中国工商银行")
				.param("bankAccount", luhn("62220260" + String.format("%010d", ((Number) h.get("id")).longValue())))
				.param("bankAccountHolder", (String) h.get("payee_name"))
				.param("clearBankAccount", "false")
				.param("version", String.valueOf(h.get("version")))).andReturn().getResponse();
			assertThat(response.getStatus()).as("account of household " + h.get("id")).isEqualTo(302);
		}
	}

	/** The number with its Luhn check digit appended. */
	static String luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return digits + (10 - sum % 10) % 10;
	}

	/** Generated, submitted by jiedao (once every line has an account) and approved by the chief. */
	long approved(String programme, YearMonth month) throws Exception {
		long id = generated(programme, month);
		registerMissingAccounts(id);
		assertThat(refusal(step("jiedao", id, "submit"))).isNull();
		assertThat(refusal(step("chief", id, "approve"))).isNull();
		assertThat(state(id)).isEqualTo("APPROVED");
		return id;
	}

	String page(String user, String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(users.as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	int status(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(users.as(user))).andReturn().getResponse().getStatus();
	}

	long version(long batch) {
		return jdbc.sql("select version from payout_batch where id = :id").param("id", batch).query(Long.class).single();
	}

	String state(long batch) {
		return jdbc.sql("select state from payout_batch where id = :id").param("id", batch).query(String.class).single();
	}

	BigDecimal total(long batch) {
		return jdbc.sql("select total_amount from payout_batch where id = :id").param("id", batch)
			.query(BigDecimal.class).single();
	}

	/** recipient → amount of the batch's lines. */
	Map<String, BigDecimal> lines(long batch) {
		Map<String, BigDecimal> lines = new TreeMap<>();
		jdbc.sql("select recipient_key, amount from payout_line where batch_id = :b").param("b", batch)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list()
			.forEach(e -> lines.put(e.getKey(), e.getValue()));
		return lines;
	}

	/**
	 * What a month of 低保 or 特困 pays, worked out from the amount decisions themselves (the latest decision of
	 * each case effective by the month, not the payout's view), by the recipient the payout uses, leaving out
	 * payees who had died or moved out before the month.
	 */
	Map<String, BigDecimal> expected(String programme, YearMonth month) {
		Map<String, BigDecimal> expected = new TreeMap<>();
		jdbc.sql("""
				select case when c.programme = 'TEKUN' then 'P' || c.applicant_person_id else 'H' || c.household_id end,
				       x.monthly_amount
				from assistance_case c
				join lateral (select ch.monthly_amount from assistance_case_change ch
				              where ch.case_id = c.id and ch.effective_month <= :month
				              order by ch.effective_month desc, ch.id desc limit 1) x on true
				join person p on p.id = c.applicant_person_id
				where c.programme = :programme and c.state in ('CONFIRMED', 'TERMINATED') and x.monthly_amount > 0
				  and not (p.status <> 'ACTIVE' and p.status_date < :month)""")
			.param("programme", programme)
			.param("month", month.atDay(1))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.forEach(e -> expected.merge(e.getKey(), e.getValue(), BigDecimal::add));
		return expected;
	}

	static BigDecimal sum(Map<String, BigDecimal> lines) {
		return lines.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
