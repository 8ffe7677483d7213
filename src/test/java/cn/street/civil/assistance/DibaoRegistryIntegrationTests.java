package cn.street.civil.assistance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.standard.RoundingRule;
import cn.street.civil.household.HouseholdTestClient;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What the registry and the rest of the office see of a 低保 case: review flags, page sections, to-dos, entitlements. */
@IntegrationTest
class DibaoRegistryIntegrationTests extends AtStandard {

	DibaoRegistryIntegrationTests() {
		super("632", RoundingRule.CEIL_YUAN);
	}

	@Autowired
	HouseholdTestClient households;

	@Test
	void aCoveredMembersDeathRaisesAReviewShownOnTheCasePageAndList() throws Exception {
		long[] f = client.family("复核户");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.mvc.perform(post("/households/" + f[0] + "/members/" + f[3] + "/death").with(client.users.as("hongyuan"))
			.with(csrf())
			.param("date", "2025-06-15")
			.param("reason", "病故")
			.param("version", String.valueOf(households.version(f[0]))));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> client.page("hongyuan", "/dibao/cases/" + id).contains("id=\"needs-review\""));
		String page = client.page("hongyuan", "/dibao/cases/" + id);
		assertThat(page).contains("需复核").contains("复核户子 于 2025-06-15 死亡");
		assertThat(client.page("hongyuan", "/dibao/cases?needsReview=true&q=" + client.householdNo(f[0])))
			.contains("case-" + id).contains("needs-review");
		assertThat(client.jdbc.sql("select action from assistance_case_transition where case_id = :id order by id")
			.param("id", id).query(String.class).list()).containsExactly("APPLY", "FLAG_REVIEW");
		assertThat(client.state(id)).isEqualTo("APPLIED");

		// the caseworker records the review; the flag goes
		assertThat(client.act("hongyuan", id, "review-done", "comment", "已核实，调整保障人数另行办理")).isEqualTo(302);
		assertThat(client.page("hongyuan", "/dibao/cases/" + id)).doesNotContain("id=\"needs-review\"");
	}

	@Test
	void aMemberMovingToAnotherHouseholdRaisesAReview() throws Exception {
		long[] f = client.family("迁移户");
		long other = households.register("hongyuan", "接收户", cn.street.civil.support.TestIds.next(true));
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.mvc.perform(post("/households/" + f[0] + "/members/" + f[3] + "/move").with(client.users.as("hongyuan"))
			.with(csrf())
			.param("date", "2025-06-20")
			.param("reason", "投靠亲属")
			.param("targetHouseholdNo", client.householdNo(other))
			.param("relation", "OTHER")
			.param("version", String.valueOf(households.version(f[0]))));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> client.page("hongyuan", "/dibao/cases/" + id).contains("迁移户子 于 2025-06-20 离开本户（移入他户）"));
	}

	@Test
	void aNewMemberOfTheHouseholdRaisesAReviewButTheCoveredOnesDoNot() throws Exception {
		long[] f = client.family("新增户");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		households.addMember("hongyuan", f[0], "新增户孙", cn.street.civil.support.TestIds.next(true), "GRANDCHILD");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> client.page("hongyuan", "/dibao/cases/" + id).contains("id=\"needs-review\""));
		// the family's own registration events (spouse, child joined) never flag it: they are covered
		assertThat(client.jdbc.sql("select count(*) from assistance_case_transition where case_id = :id and action = 'FLAG_REVIEW'")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void personAndHouseholdPagesShowTheCaseAndTheHomePageItsToDos() throws Exception {
		long[] f = client.family("栏目户");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		assertThat(client.page("hongyuan", "/persons/" + f[2])).contains("已申请").contains("/dibao/cases/" + id);
		assertThat(client.page("hongyuan", "/households/" + f[0])).contains("已申请").contains("/dibao/cases/" + id)
			.doesNotContain("/dibao/cases/new?householdId=" + f[0]);
		long[] g = client.family("无案户");
		assertThat(client.page("hongyuan", "/households/" + g[0])).contains("/dibao/cases/new?householdId=" + g[0]);
		assertThat(client.page("hongyuan", "/")).contains("待入户调查的低保申请");
		client.investigate("hongyuan", id, f[1], "WAGES", "100");
		assertThat(client.page("jiedao", "/")).contains("待审核的低保申请");
		assertThat(client.page("hongyuan", "/")).contains("/dibao/cases");
	}

	@Test
	void aConfirmedCasePaysFromTheMonthAfterTheDecisionUntilItsTermination() throws Exception {
		long[] f = client.family("发放户");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "1500", f[2], "TRANSFER", "394");
		client.act("jiedao", id, "review", "comment", "拟同意");
		client.act("jiedao", id, "notice");
		clock.advance(Duration.ofDays(7));
		assertThat(client.act("chief", id, "confirm")).isEqualTo(302);
		YearMonth decided = YearMonth.from(LocalDate.now(clock));
		YearMonth first = decided.plusMonths(1);

		assertThat(entitlements.entitlement(id, decided, DataScope.ALL)).isEmpty();
		var entitlement = entitlements.entitlement(id, first, DataScope.ALL).orElseThrow();
		assertThat(entitlement.amount()).isEqualByComparingTo("2.00");
		assertThat(entitlement.breakdown().standard()).isEqualByComparingTo("632");
		assertThat(entitlement.breakdown().covered()).isEqualTo(3);
		assertThat(entitlement.breakdown().countedIncome()).isEqualByComparingTo("1894");
		assertThat(entitlements.entitlements(first, DataScope.ALL)).anyMatch(e -> e.caseId() == id);
		long xindian = client.jdbc.sql("select id from community where name = '辛甸'").query(Long.class).single();
		assertThat(entitlements.entitlement(id, first, DataScope.only(xindian))).isEmpty();

		clock.advance(Duration.ofDays(40));
		assertThat(client.act("chief", id, "terminate", "reason", "INCOME_ABOVE_LINE")).isEqualTo(302);
		YearMonth terminated = YearMonth.from(LocalDate.now(clock));
		assertThat(entitlements.entitlement(id, terminated, DataScope.ALL)).isPresent();
		assertThat(entitlements.entitlement(id, terminated.plusMonths(1), DataScope.ALL)).isEmpty();
	}

}
