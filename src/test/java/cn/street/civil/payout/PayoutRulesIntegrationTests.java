package cn.street.civil.payout;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rules around a batch: a community caseworker sees and exports only their community's lines; two chiefs
 * deciding at once are served one after the other; a blocking check (no account) stops the submission until the
 * registry is fixed; a terminated case and a dead recipient are not in the next month's batch and the diff says
 * why; the January 调标 shows as 增发 with its reason.
 */
@IntegrationTest
class PayoutRulesIntegrationTests {

	@Autowired
	PayoutTestClient client;

	@org.junit.jupiter.api.AfterEach
	void resetClock() {
		client.clock.reset();
	}

	@Test
	void aCommunityCaseworkerSeesAndExportsOnlyTheirCommunitysLines() throws Exception {
		long id = client.generated("DIBAO", client.monthAhead(31));
		long hongyuan = client.jdbc.sql("select community_id from account where username = 'hongyuan'").query(Long.class)
			.single();
		Map<String, Object> other = client.jdbc.sql("""
				select line_no, community_id from payout_line where batch_id = :b and community_id <> :c
				order by line_no limit 1""").param("b", id).param("c", hongyuan).query().singleRow();
		Map<String, Object> own = client.jdbc.sql("""
				select line_no, payee_name from payout_line where batch_id = :b and community_id = :c
				order by line_no limit 1""").param("b", id).param("c", hongyuan).query().singleRow();
		long ownCount = client.jdbc.sql("select count(*) from payout_line where batch_id = :b and community_id = :c")
			.param("b", id).param("c", hongyuan).query(Long.class).single();

		assertThat(client.page("jiedao", "/payouts/" + id + "?q=" + other.get("line_no")))
			.contains("id=\"line-" + other.get("line_no") + "\"");
		assertThat(client.page("hongyuan", "/payouts/" + id + "?q=" + other.get("line_no")))
			.doesNotContain("id=\"line-" + other.get("line_no") + "\"");
		String page = client.page("hongyuan", "/payouts/" + id + "?q=" + own.get("line_no"));
		assertThat(page).contains("id=\"line-" + own.get("line_no") + "\"").contains("（本社区）")
			.contains("id=\"line-count\">" + ownCount + "<");

		byte[] export = client.mvc.perform(get("/payouts/{id}/export", id).with(client.users.as("hongyuan"))).andReturn()
			.getResponse().getContentAsByteArray();
		var sheet = cn.street.civil.shared.excel.XlsxImport.read(new java.io.ByteArrayInputStream(export),
				cn.street.civil.shared.excel.ImportLimits.standard());
		assertThat(sheet.rows()).hasSize((int) ownCount);
		String communityName = client.jdbc.sql("select name from community where id = :c").param("c", hongyuan)
			.query(String.class).single();
		assertThat(sheet.rows()).allSatisfy(r -> assertThat(r.get("社区")).isEqualTo(communityName));

		assertThat(client.status("hongyuan", get("/payouts/{id}/roster", id).param("community",
				String.valueOf(other.get("community_id"))))).isEqualTo(404);
		assertThat(client.page("hongyuan", "/payouts/" + id + "/roster")).contains(communityName).contains("制表人");
		assertThat(client.status("hongyuan", post("/payouts").with(csrf()).param("programme", "DIBAO")
			.param("month", client.monthAhead(32).toString()))).isEqualTo(403);
		assertThat(client.step("hongyuan", id, "submit").getResponse().getStatus()).isEqualTo(403);
		assertThat(client.status("hongyuan", get("/payouts/{id}/bank-result", id))).isEqualTo(403);
	}

	@Test
	void twoChiefsDecidingAtOnceAreServedOneAfterTheOtherAndTheSecondIsToldWhatTheFirstDid() throws Exception {
		long id = client.generated("DIBAO", client.monthAhead(33));
		client.registerMissingAccounts(id);
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "submit"))).isNull();
		String second = "chief2-" + System.nanoTime() % 100000;
		client.jdbc.sql("""
				insert into account (username, display_name, password_hash, role, enabled, must_change_password,
				                     created_at, created_by, updated_at, updated_by)
				values (:u, '副科长', 'x', 'CHIEF', true, false, now(), 'test', now(), 'test')""").param("u", second).update();
		long lines = client.jdbc.sql("select count(*) from payout_line where batch_id = :b").param("b", id)
			.query(Long.class).single();
		long version = client.version(id);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<MvcResult> approve = () -> {
				start.await();
				return client.mvc.perform(post("/payouts/{id}/approve", id).with(client.users.as("chief")).with(csrf())
					.param("version", String.valueOf(version))).andReturn();
			};
			Callable<MvcResult> returns = () -> {
				start.await();
				return client.mvc.perform(post("/payouts/{id}/return", id).with(client.users.as(second)).with(csrf())
					.param("version", String.valueOf(version)).param("comment", "金额有误")).andReturn();
			};
			Future<MvcResult> a = pool.submit(approve);
			Future<MvcResult> r = pool.submit(returns);
			start.countDown();
			List<String> refusals = new ArrayList<>();
			refusals.add(PayoutTestClient.refusal(a.get()));
			refusals.add(PayoutTestClient.refusal(r.get()));
			assertThat(refusals).containsOnlyOnce((String) null);
			String state = client.state(id);
			if (refusals.get(0) == null) {
				assertThat(state).isEqualTo("APPROVED");
				assertThat(refusals.get(1)).contains("已由 chief 审批通过");
			}
			else {
				assertThat(state).isEqualTo("RETURNED");
				assertThat(refusals.get(0)).contains("已由 " + second + " 退回");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(client.jdbc.sql("select count(*) from payout_line where batch_id = :b").param("b", id)
			.query(Long.class).single()).isEqualTo(lines);
	}

	@Test
	void aLineWithoutAnAccountBlocksTheSubmissionUntilTheRegistryHasOne() throws Exception {
		YearMonth month = client.monthAhead(34);
		Map<String, Object> household = client.jdbc.sql("""
				select h.id, h.address, h.residence_type, h.bank_name, h.bank_account_holder, h.version
				from assistance_case c join household h on h.id = c.household_id
				where c.programme = 'DIBAO' and c.state = 'CONFIRMED' and h.bank_account_cipher is not null and h.status = 'ACTIVE'
				  and c.first_paid_month <= :m order by c.id limit 1""").param("m", month.atDay(1)).query().singleRow();
		long householdId = ((Number) household.get("id")).longValue();
		assertThat(updateHousehold(household, "true", null)).isEqualTo(302);

		long id = client.generated("DIBAO", month);
		assertThat(client.jdbc.sql("select checks[1] from payout_line where batch_id = :b and household_id = :h")
			.param("b", id).param("h", householdId).query(String.class).single()).isEqualTo("NO_ACCOUNT");
		assertThat(client.page("jiedao", "/payouts/" + id + "?view=checks")).contains("未登记代发账户")
			.contains("阻止提交的问题");
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "submit"))).contains("阻止提交的问题");
		assertThat(client.state(id)).isEqualTo("DRAFT");

		// the community registers the account; the submission checks the registry again and goes through
		Map<String, Object> now = new java.util.HashMap<>(client.jdbc.sql("""
				select id, address, residence_type, bank_name, version from household where id = :id""")
			.param("id", householdId).query().singleRow());
		now.put("bank_account_holder", client.jdbc.sql("select payee_name from payout_line where batch_id = :b and "
				+ "household_id = :h").param("b", id).param("h", householdId).query(String.class).single());
		assertThat(updateHousehold(now, "false", PayoutTestClient.luhn("622202123456789012"))).isEqualTo(302);
		client.registerMissingAccounts(id);
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "submit"))).isNull();
		assertThat(client.state(id)).isEqualTo("SUBMITTED");
		assertThat(client.jdbc.sql("select has_account from payout_line where batch_id = :b and household_id = :h")
			.param("b", id).param("h", householdId).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aTerminatedCaseAndADeadRecipientAreNotInNextMonthsBatchAndTheDiffSaysWhy() throws Exception {
		YearMonth thisMonth = YearMonth.now(client.clock);
		long current = client.jdbc.sql("select id from payout_batch where programme = 'DIBAO' and kind = 'REGULAR' "
				+ "and month = :m").param("m", thisMonth.atDay(1)).query(Long.class).optional()
			.orElseGet(() -> generatedOrFail(thisMonth));
		// a case the chief terminates this month, and a recipient living alone who died at the start of the month
		Map<String, Object> terminated = client.jdbc.sql("""
				select c.id, c.household_id, c.version from assistance_case c
				join payout_line l on l.batch_id = :b and l.recipient_key = 'H' || c.household_id
				where c.programme = 'DIBAO' and c.state = 'CONFIRMED' and c.needs_review = false
				order by c.id desc limit 1""").param("b", current).query().singleRow();
		Map<String, Object> died = client.jdbc.sql("""
				select c.household_id, c.applicant_person_id, h.version from assistance_case c
				join household h on h.id = c.household_id
				join payout_line l on l.batch_id = :b and l.recipient_key = 'H' || c.household_id
				where c.programme = 'DIBAO' and c.state = 'CONFIRMED' and c.id <> :other
				  and (select count(*) from household_membership m where m.household_id = h.id and m.valid_to is null) = 1
				order by c.id limit 1""").param("b", current).param("other", terminated.get("id")).query().singleRow();
		assertThat(client.status("chief", post("/dibao/cases/{id}/terminate", terminated.get("id")).with(csrf())
			.param("version", String.valueOf(terminated.get("version"))).param("reason", "VOLUNTARY_EXIT")
			.param("comment", "本人申请退出"))).isEqualTo(302);
		assertThat(client.status("jiedao", post("/households/{h}/members/{p}/death", died.get("household_id"),
				died.get("applicant_person_id")).with(csrf()).param("date", thisMonth.atDay(1).toString())
			.param("reason", "病故").param("version", String.valueOf(died.get("version"))))).isEqualTo(302);

		long next = client.generated("DIBAO", thisMonth.plusMonths(1));
		Map<String, BigDecimal> lines = client.lines(next);
		String terminatedKey = "H" + terminated.get("household_id");
		String diedKey = "H" + died.get("household_id");
		assertThat(lines).doesNotContainKeys(terminatedKey, diedKey);
		assertThat(stopReason(next, terminatedKey)).contains("自愿退出");
		assertThat(stopReason(next, diedKey)).contains("死亡");
		String stopped = client.page("chief", "/payouts/" + next + "?view=stopped");
		assertThat(stopped).contains("id=\"stop-" + terminatedKey + "\"").contains("id=\"stop-" + diedKey + "\"")
			.contains("自愿退出");
	}

	@Test
	void theJanuaryRaiseOfTheStandardShowsAsAnIncreaseWithItsReason() throws Exception {
		YearMonth january = YearMonth.of(2026, 1);
		for (YearMonth month : List.of(january.minusMonths(1), january)) {
			if (client.jdbc.sql("select count(*) from payout_batch where programme = 'DIBAO' and kind = 'REGULAR' "
					+ "and month = :m").param("m", month.atDay(1)).query(Long.class).single() == 0) {
				client.generated("DIBAO", month);
			}
		}
		long id = client.jdbc.sql("select id from payout_batch where programme = 'DIBAO' and kind = 'REGULAR' "
				+ "and month = :m").param("m", january.atDay(1)).query(Long.class).single();
		List<Map<String, Object>> raised = client.jdbc.sql("""
				select previous_amount, amount, change_note from payout_line
				where batch_id = :b and change_mark = 'INCREASED'""").param("b", id).query().listOfRows();
		assertThat(raised).isNotEmpty();
		assertThat(raised).allSatisfy(r -> assertThat(((BigDecimal) r.get("amount"))
			.compareTo((BigDecimal) r.get("previous_amount"))).isPositive());
		assertThat(raised).anySatisfy(r -> assertThat((String) r.get("change_note")).contains("310").contains("330"));
		assertThat(client.page("chief", "/payouts/" + id + "?view=changes")).contains("增发").contains("调标");
	}

	private long generatedOrFail(YearMonth month) {
		try {
			return client.generated("DIBAO", month);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String stopReason(long batch, String key) {
		return client.jdbc.sql("select reason from payout_stop where batch_id = :b and recipient_key = :k")
			.param("b", batch).param("k", key).query(String.class).single();
	}

	private int updateHousehold(Map<String, Object> h, String clear, String account) throws Exception {
		MockHttpServletResponse response = client.mvc.perform(post("/households/{id}", h.get("id"))
			.with(client.users.as("jiedao")).with(csrf())
			.param("address", (String) h.get("address"))
			.param("residenceType", (String) h.get("residence_type"))
			.param("bankName", h.get("bank_name") == null ? "中国工商银行" : (String) h.get("bank_name"))
			.param("bankAccount", account == null ? "" : account)
			.param("bankAccountHolder", h.get("bank_account_holder") == null ? "" : (String) h.get("bank_account_holder"))
			.param("clearBankAccount", clear)
			.param("version", String.valueOf(h.get("version")))).andReturn().getResponse();
		assertThat(response.getStatus()).as(() -> {
			try {
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("invalid-feedback[^>]*>([^<]+)<")
					.matcher(response.getContentAsString());
				return m.find() ? m.group(1) : response.getContentAsString();
			}
			catch (java.io.UnsupportedEncodingException ex) {
				return ex.toString();
			}
		}).isEqualTo(302);
		return response.getStatus();
	}

}
