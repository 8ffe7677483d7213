package cn.street.civil.assistance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.shared.security.DataScope;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 调标 through HTTP: confirmed at S = 310 paying from month X, a new S = 330 from month M; the street caseworker
 * generates the batch, the chief approves it; nothing changes before. n = 3, I = 500: 310×3−500 = 430 and
 * 330×3−500 = 490, worked out by hand.
 */
@IntegrationTest
class RestandardBatchIntegrationTests extends AtStandard {

	RestandardBatchIntegrationTests() {
		super("310", RoundingRule.ROUND_HALF_UP_FEN);
	}

	long confirmed(String name) throws Exception {
		long[] f = client.family(name);
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "500");
		client.act("jiedao", id, "review", "comment", "拟同意");
		client.act("jiedao", id, "notice");
		clock.advance(Duration.ofDays(7));
		assertThat(client.act("chief", id, "confirm")).isEqualTo(302);
		return id;
	}

	MockHttpServletResponse generate(String user, YearMonth month) throws Exception {
		return client.mvc.perform(post("/dibao/restandard").with(client.users.as(user)).with(csrf())
			.param("month", month.toString())).andReturn().getResponse();
	}

	long batchVersion(long batch) {
		return client.jdbc.sql("select version from assistance_restandard_batch where id = :id").param("id", batch)
			.query(Long.class).single();
	}

	int batchAct(String user, long batch, long version, String action, String... params) throws Exception {
		var request = post("/dibao/restandard/{id}/" + action, batch).with(client.users.as(user)).with(csrf())
			.param("version", String.valueOf(version));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return client.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	long idFrom(MockHttpServletResponse response) {
		assertThat(response.getStatus()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long restandardChanges(long batch) {
		return client.jdbc.sql("select count(*) from assistance_case_change where kind = 'RESTANDARD' and batch_id = :b")
			.param("b", batch).query(Long.class).single();
	}

	@Test
	void theChiefApprovesTheBatchAndTheNewStandardPaysFromItsMonthNotBefore() throws Exception {
		long id = confirmed("调标户");
		YearMonth x = YearMonth.from(LocalDate.now(clock)).plusMonths(1);
		YearMonth m = x.plusMonths(2);
		parameters.raiseFrom(m, "330");

		assertThat(generate("hongyuan", m).getStatus()).isEqualTo(403);
		assertThat(generate("chief", m).getStatus()).isEqualTo(403);
		long batch = idFrom(generate("jiedao", m));
		String householdNo = client.jdbc.sql("select household_no from assistance_case where id = :id").param("id", id)
			.query(String.class).single();
		String page = client.page("chief", "/dibao/restandard/" + batch + "?q=" + householdNo);
		assertThat(page).contains("id=\"line-" + id + "\"").contains("430.00").contains("490.00").contains("60.00");
		assertThat(client.jdbc.sql("select old_amount || ' ' || new_amount from assistance_restandard_line where batch_id = :b and case_id = :c")
			.param("b", batch).param("c", id).query(String.class).single()).isEqualTo("430.00 490.00");
		// nothing changes before the approval
		assertThat(entitlements.entitlement(id, m, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("430");
		// a second batch for the month while this one is pending is refused
		assertThat(generate("jiedao", m).getContentAsString(StandardCharsets.UTF_8)).contains("已有待审批的调标批次");
		assertThat(client.jdbc.sql("select count(*) from assistance_restandard_batch where month = :m")
			.param("m", m.atDay(1)).query(Long.class).single()).isEqualTo(1);
		var export = client.mvc.perform(get("/dibao/restandard/{id}/export", batch).with(client.users.as("jiedao")))
			.andReturn().getResponse();
		assertThat(export.getStatus()).isEqualTo(200);
		assertThat(export.getContentType()).contains("spreadsheetml");
		assertThat(client.mvc.perform(get("/dibao/restandard/{id}", batch).with(client.users.as("hongyuan"))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);

		long version = batchVersion(batch);
		assertThat(batchAct("jiedao", batch, version, "approve")).isEqualTo(403);
		assertThat(batchAct("chief", batch, version + 1, "approve")).isEqualTo(409);
		assertThat(batchAct("chief", batch, version, "approve", "comment", "同意调标")).isEqualTo(302);
		assertThat(restandardChanges(batch)).isGreaterThanOrEqualTo(1);
		long recorded = restandardChanges(batch);
		// double submit changes nothing
		assertThat(batchAct("chief", batch, version, "approve")).isEqualTo(409);
		assertThat(batchAct("chief", batch, batchVersion(batch), "approve")).isEqualTo(400);
		assertThat(restandardChanges(batch)).isEqualTo(recorded);

		assertThat(entitlements.entitlement(id, m, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("490");
		assertThat(entitlements.entitlement(id, m.minusMonths(1), DataScope.ALL).orElseThrow().amount())
			.isEqualByComparingTo("430");
		assertThat(entitlements.entitlement(id, x, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("430");
		assertThat(client.jdbc.sql("select kind || ' ' || effective_month from assistance_case_change where case_id = :id and batch_id = :b")
			.param("id", id).param("b", batch).query(String.class).single()).isEqualTo("RESTANDARD " + m.atDay(1));
		assertThat(client.jdbc.sql("select count(*) from audit_entry where module = 'assistance' and action = 'RESTANDARD_APPROVE' and object_id = :b")
			.param("b", String.valueOf(batch)).query(Long.class).single()).isEqualTo(1);
		assertThat(client.page("hongyuan", "/dibao/cases/" + id)).contains("调标").contains("490.00");
	}

	@Test
	void aStaleBatchIsRefusedAndRegeneratedAndARejectedOneChangesNothing() throws Exception {
		long id = confirmed("过期批次户");
		YearMonth m = YearMonth.from(LocalDate.now(clock)).plusMonths(4);
		parameters.raiseFrom(m, "330");
		long batch = idFrom(generate("jiedao", m));
		// the case changes after the generation (its review class)
		assertThat(client.act("jiedao", id, "review-class", "reviewClass", "A")).isEqualTo(302);
		String refused = client.mvc.perform(post("/dibao/restandard/{id}/approve", batch).with(client.users.as("chief"))
			.with(csrf()).param("version", String.valueOf(batchVersion(batch)))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("请作废并重新生成").contains(client.jdbc.sql("select household_no from assistance_case where id = :id")
			.param("id", id).query(String.class).single());
		assertThat(restandardChanges(batch)).isZero();
		assertThat(entitlements.entitlement(id, m, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("430");

		assertThat(batchAct("chief", batch, batchVersion(batch), "regenerate")).isEqualTo(403);
		var regenerated = client.mvc.perform(post("/dibao/restandard/{id}/regenerate", batch).with(client.users.as("jiedao"))
			.with(csrf()).param("version", String.valueOf(batchVersion(batch)))).andReturn().getResponse();
		long next = idFrom(regenerated);
		assertThat(client.jdbc.sql("select status from assistance_restandard_batch where id = :id").param("id", batch)
			.query(String.class).single()).isEqualTo("DISCARDED");
		assertThat(batchAct("chief", next, batchVersion(next), "reject")).isEqualTo(400);
		assertThat(batchAct("chief", next, batchVersion(next), "reject", "comment", "标准文件未下达")).isEqualTo(302);
		assertThat(restandardChanges(next)).isZero();
		assertThat(entitlements.entitlement(id, m, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("430");
		// after a rejection a new batch for the month may be generated and approved
		long third = idFrom(generate("jiedao", m));
		assertThat(batchAct("chief", third, batchVersion(third), "approve")).isEqualTo(302);
		assertThat(entitlements.entitlement(id, m, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("490");
	}

}
