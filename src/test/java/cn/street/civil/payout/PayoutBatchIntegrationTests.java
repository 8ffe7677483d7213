package cn.street.civil.payout;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The month's batch over HTTP: generated in the database with the amounts of the decisions in force (computed
 * here from the decisions themselves), idempotent, submitted, approved by the chief and never by its preparer,
 * returned with a comment and generated again, frozen once approved (by the database too).
 */
@IntegrationTest
class PayoutBatchIntegrationTests {

	@Autowired
	PayoutTestClient client;

	@org.junit.jupiter.api.AfterEach
	void resetClock() {
		client.clock.reset();
	}

	@Test
	void aMonthIsGeneratedWithTheAmountOfEveryDecisionInForceAndItsTotalIsTheSumOfItsLines() throws Exception {
		YearMonth month = client.monthAhead(3);
		Map<String, BigDecimal> expected = client.expected("DIBAO", month);
		assertThat(expected).hasSizeGreaterThan(10);

		long id = client.generated("DIBAO", month);

		assertThat(client.lines(id)).isEqualTo(expected);
		assertThat(client.total(id)).isEqualByComparingTo(PayoutTestClient.sum(expected));
		assertThat(client.state(id)).isEqualTo("DRAFT");
		String page = client.page("jiedao", "/payouts/" + id);
		assertThat(page).contains("最低生活保障").contains(month.toString()).contains("草稿")
			.contains(new java.text.DecimalFormat("#,##0.00").format(PayoutTestClient.sum(expected)));
		// every line says how its amount was reached
		assertThat(client.jdbc.sql("select count(*) from payout_line where batch_id = :b and breakdown like '%元'")
			.param("b", id).query(Long.class).single()).isEqualTo(expected.size());
	}

	@Test
	void generatingAgainReplacesTheDraftsLinesAndNeverDuplicatesThem() throws Exception {
		YearMonth month = client.monthAhead(4);
		long first = client.generated("DIBAO", month);
		Map<String, BigDecimal> lines = client.lines(first);
		long count = client.jdbc.sql("select count(*) from payout_line where batch_id = :b").param("b", first)
			.query(Long.class).single();

		long again = client.generated("DIBAO", month);
		assertThat(again).isEqualTo(first);
		assertThat(client.lines(again)).isEqualTo(lines);
		assertThat(client.jdbc.sql("select count(*) from payout_line where batch_id = :b").param("b", again)
			.query(Long.class).single()).isEqualTo(count);
		assertThat(client.refusal(client.step("jiedao", first, "regenerate"))).isNull();
		assertThat(client.lines(first)).isEqualTo(lines);
		assertThat(client.jdbc.sql("select count(*) from payout_batch where programme = 'DIBAO' and month = :m")
			.param("m", month.atDay(1)).query(Long.class).single()).isEqualTo(1);
	}

	/**
	 * A draft left by an earlier generation (a household since added before most of the others, an amount since
	 * changed, a recipient since gone; then a line there twice) generated again: exactly the lines a first generation makes, numbered from 1 in the
	 * roster's order, and the lines that stayed keep their ids (regeneration updates them in place).
	 */
	@Test
	void generatingAgainMakesTheLinesAFirstGenerationMakesAndKeepsTheLinesThatStayed() throws Exception {
		YearMonth month = client.monthAhead(10);
		long id = client.generated("DIBAO", month);
		List<Map<String, Object>> fresh = snapshot(id);
		Map<Object, Object> ids = lineIds(id);
		assertThat(fresh).hasSizeGreaterThan(10);

		client.jdbc.sql("delete from payout_line where batch_id = :b and line_no = 2").param("b", id).update();
		client.jdbc.sql("""
				update payout_line set amount = amount + 10, base_amount = base_amount + 10, change_mark = 'INCREASED'
				where batch_id = :b and line_no = 5""").param("b", id).update();
		copyLine(id, 7, "H-gone");
		// the lines after the one now new stood further down: regenerating moves them all up (numbers unique at commit)
		client.jdbc.sql("update payout_line set line_no = line_no + 1000 where batch_id = :b and line_no between 3 and 99999")
			.param("b", id).update();

		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "regenerate"))).isNull();

		assertThat(snapshot(id)).isEqualTo(fresh);
		Map<Object, Object> again = lineIds(id);
		assertThat(again).hasSameSizeAs(ids);
		ids.forEach((lineNo, lineId) -> {
			if (!Integer.valueOf(2).equals(lineNo)) {
				assertThat(again.get(lineNo)).as("id of line %s", lineNo).isEqualTo(lineId);
			}
		});
		assertThat(again.get(2)).isNotEqualTo(ids.get(2));

		// the same line twice: no one-to-one match, the lines are replaced as a whole, with the same result
		copyLine(id, 7, null);
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "regenerate"))).isNull();
		assertThat(snapshot(id)).isEqualTo(fresh);
		assertThat(client.jdbc.sql("""
				select string_agg(recipient_key, ',' order by line_no) = string_agg(recipient_key, ','
				           order by community_id, (select h.household_no from registry_household h where h.id = l.household_id),
				                    recipient_key)
				from payout_line l where batch_id = :b""").param("b", id).query(Boolean.class).single()).isTrue();
	}

	/**
	 * The next month's draft compares with this month and its stop records point at this month's lines: generating
	 * this month again generates the next one again against the new lines (a recipient gone from this month is no
	 * longer "stopped" next month); once the next month is submitted, this month stays as it was approved against.
	 */
	@Test
	void generatingAMonthAgainGeneratesTheNextMonthsDraftAgainAndIsRefusedOnceTheNextIsSubmitted() throws Exception {
		YearMonth month = client.monthAhead(11);
		long id = client.generated("DIBAO", month);
		copyLine(id, 1, "H-gone");
		long next = client.generated("DIBAO", month.plusMonths(1));
		assertThat(stops(next, "H-gone")).isEqualTo(1);

		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "regenerate"))).isNull();
		assertThat(client.jdbc.sql("select count(*) from payout_line where batch_id = :b and recipient_key = 'H-gone'")
			.param("b", id).query(Long.class).single()).isZero();
		assertThat(stops(next, "H-gone")).isZero();
		assertThat(client.jdbc.sql("""
				select count(*) from payout_stop s where s.batch_id = :next
				  and not exists (select 1 from payout_line l where l.id = s.previous_line_id and l.batch_id = :b)""")
			.param("next", next).param("b", id).query(Long.class).single()).as("stops point at this month").isZero();
		assertThat(client.jdbc.sql("select action from audit_entry where object_type = 'PayoutBatch' and object_id = :id order by id")
			.param("id", String.valueOf(next)).query(String.class).list()).containsExactly("GENERATE", "REGENERATE");

		client.registerMissingAccounts(next);
		assertThat(PayoutTestClient.refusal(client.step("jiedao", next, "submit"))).isNull();
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "regenerate"))).contains("已提交或已审批");
		assertThat(client.generate("jiedao", "DIBAO", month).getContentAsString()).contains("已提交或已审批");
		assertThat(client.state(next)).isEqualTo("SUBMITTED");
	}

	/** A copy of line {@code lineNo} as line 100000, for {@code recipientKey} (the same recipient when null). */
	private void copyLine(long batch, int lineNo, String recipientKey) {
		client.jdbc.sql("""
				insert into payout_line (batch_id, line_no, recipient_key, payee_person_id, household_id, community_id,
				                         payee_name, has_account, person_count, amount, base_amount, change_mark,
				                         source_id)
				select batch_id, 100000, coalesce(cast(:key as varchar), recipient_key), payee_person_id, household_id,
				       community_id, payee_name, has_account, person_count, amount, base_amount, 'NEW', source_id
				from payout_line where batch_id = :b and line_no = :no""")
			.param("b", batch).param("no", lineNo).param("key", recipientKey).update();
	}

	private long stops(long batch, String recipientKey) {
		return client.jdbc.sql("select count(*) from payout_stop where batch_id = :b and recipient_key = :k")
			.param("b", batch).param("k", recipientKey).query(Long.class).single();
	}

	private List<Map<String, Object>> snapshot(long batch) {
		return client.jdbc.sql("""
				select line_no, recipient_key, payee_person_id, household_id, community_id, residence_type, payee_name,
				       payee_id_area, payee_id_tail, bank_name, account_holder, account_tail, has_account, person_count,
				       amount, base_amount, add_ons, care_amount, breakdown, source_id, change_mark, previous_amount,
				       change_note, cast(checks as text) as checks
				from payout_line where batch_id = :b order by line_no""").param("b", batch).query().listOfRows();
	}

	private Map<Object, Object> lineIds(long batch) {
		Map<Object, Object> ids = new java.util.HashMap<>();
		client.jdbc.sql("select line_no, id from payout_line where batch_id = :b").param("b", batch).query()
			.listOfRows().forEach(row -> ids.put(row.get("line_no"), row.get("id")));
		return ids;
	}

	@Test
	void anApprovedMonthIsFrozenForTheApplicationAndForTheDatabase() throws Exception {
		YearMonth month = client.monthAhead(5);
		long id = client.approved("DIBAO", month);
		Map<String, BigDecimal> lines = client.lines(id);

		MockHttpServletResponse again = client.generate("jiedao", "DIBAO", month);
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsString()).contains("已由 chief 审批，不能重新生成");
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "regenerate"))).contains("已由 chief 审批");
		assertThat(PayoutTestClient.refusal(client.step("chief", id, "approve"))).contains("已由 chief 审批通过");

		assertThatThrownBy(() -> client.jdbc.sql("update payout_line set note = 'changed' where batch_id = :b")
			.param("b", id).update()).hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> client.jdbc.sql("delete from payout_line where batch_id = :b").param("b", id).update())
			.hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> client.jdbc.sql("update payout_batch set total_amount = 0 where id = :b")
			.param("b", id).update()).hasMessageContaining("approved");
		assertThat(client.lines(id)).isEqualTo(lines);
		assertThat(client.state(id)).isEqualTo("APPROVED");
	}

	@Test
	void theChiefNeverApprovesABatchTheyPreparedAndNoCaseworkerApprovesAtAll() throws Exception {
		YearMonth month = client.monthAhead(6);
		long id = client.generated("DIBAO", month);
		client.registerMissingAccounts(id);
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "submit"))).isNull();
		assertThat(client.step("jiedao", id, "approve").getResponse().getStatus()).isEqualTo(403);
		assertThat(client.step("hongyuan", id, "approve").getResponse().getStatus()).isEqualTo(403);
		// the account that generated it is the chief's (a role changed since, say): the batch refuses them
		client.jdbc.sql("update payout_batch set generated_by = 'chief' where id = :id").param("id", id).update();
		assertThat(PayoutTestClient.refusal(client.step("chief", id, "approve"))).contains("四眼原则");
		assertThat(client.state(id)).isEqualTo("SUBMITTED");
		assertThatThrownBy(() -> client.jdbc.sql("""
				update payout_batch set state = 'APPROVED', approved_by = 'chief', approved_at = now() where id = :id""")
			.param("id", id).update()).hasMessageContaining("payout_batch_four_eyes");
	}

	@Test
	void aReturnedBatchCarriesTheChiefsCommentIsGeneratedAgainAndThenApproved() throws Exception {
		YearMonth month = client.monthAhead(7);
		long id = client.generated("DIBAO", month);
		client.registerMissingAccounts(id);
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "submit"))).isNull();
		// lines of a submitted batch wait as they are
		assertThatThrownBy(() -> client.jdbc.sql("delete from payout_line where batch_id = :b").param("b", id).update())
			.hasMessageContaining("cannot be changed");
		assertThat(PayoutTestClient.refusal(client.step("chief", id, "return", "comment", " "))).contains("退回意见");
		assertThat(PayoutTestClient.refusal(client.step("chief", id, "return", "comment", "请核对洪苑社区的新增户"))).isNull();
		assertThat(client.state(id)).isEqualTo("RETURNED");
		assertThat(client.page("jiedao", "/payouts/" + id)).contains("已退回").contains("请核对洪苑社区的新增户");
		assertThat(PayoutTestClient.refusal(client.step("chief", id, "approve"))).contains("已由 chief 退回");

		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "regenerate"))).isNull();
		assertThat(client.state(id)).isEqualTo("DRAFT");
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "submit"))).isNull();
		assertThat(PayoutTestClient.refusal(client.step("chief", id, "approve", "comment", "同意"))).isNull();
		assertThat(client.state(id)).isEqualTo("APPROVED");
		assertThat(client.jdbc.sql("select action from audit_entry where object_type = 'PayoutBatch' and object_id = :id order by id")
			.param("id", String.valueOf(id)).query(String.class).list())
			.containsExactly("GENERATE", "SUBMIT", "RETURN", "REGENERATE", "SUBMIT", "APPROVE");
	}

	@Test
	void aStaleVersionChangesNothing() throws Exception {
		YearMonth month = client.monthAhead(8);
		long id = client.generated("DIBAO", month);
		long seen = client.version(id);
		assertThat(PayoutTestClient.refusal(client.step("jiedao", id, "regenerate"))).isNull();
		MvcResult stale = client.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/payouts/{id}/submit", id).with(client.users.as("jiedao"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", String.valueOf(seen))).andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(client.state(id)).isEqualTo("DRAFT");
	}

	@Test
	void aMonthAfterNextOrAnUnknownProgrammeIsRefusedWithTheReason() throws Exception {
		MockHttpServletResponse late = client.generate("jiedao", "DIBAO", YearMonth.now(client.clock).plusMonths(2));
		assertThat(late.getStatus()).isEqualTo(200);
		assertThat(late.getContentAsString()).contains("最晚只能生成");
		MockHttpServletResponse unknown = client.generate("jiedao", "NOPE", client.monthAhead(9));
		assertThat(unknown.getContentAsString()).contains("请选择项目");
	}

}
