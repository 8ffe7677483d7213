package cn.street.civil.payout;

import java.math.BigDecimal;
import java.time.YearMonth;
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
