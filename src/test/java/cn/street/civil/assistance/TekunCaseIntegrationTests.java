package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.shared.security.DataScope;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A 特困 case through the pages on the real database: S from the stand-in, the 1.3 ratio and the care amounts
 * (全自理 100, 半自理 300, 全护理 600) from the demo standards.
 */
@IntegrationTest
class TekunCaseIntegrationTests extends AtStandard330 {

	long apply(String user, long household, long person, String category) throws Exception {
		String location = client.mvc.perform(application(user, household, person, category)).andReturn().getResponse()
			.getRedirectedUrl();
		if (location == null || !location.startsWith("/tekun/cases/")) {
			throw new AssertionError("application refused: " + location);
		}
		return Long.parseLong(location.substring("/tekun/cases/".length()));
	}

	MockHttpServletRequestBuilder application(String user, long household, long person, String category) {
		return post("/tekun/cases").with(client.users.as(user)).with(csrf())
			.param("householdNo", client.householdNo(household))
			.param("personId", String.valueOf(person))
			.param("category", category)
			.param("viaCommunity", "true").param("writtenMandate", "true")
			.param("materials", "APPLICATION", "ID", "INCOME", "PROPERTY");
	}

	/** An assessment: 60+, income 100, no supporter, the given activities unable, 分散 with a carer. */
	MockHttpServletRequestBuilder assessment(String user, long id, String path, int unable, String... extra) {
		String visited = jdbc.sql("select applied_on from assistance_case where id = :id").param("id", id)
			.query(String.class).single();
		MockHttpServletRequestBuilder r = post("/tekun/cases/{id}/" + path, id).with(client.users.as(user)).with(csrf())
			.param("version", String.valueOf(client.version(id)))
			.param("visitedOn", path.equals("investigation") ? visited : LocalDate.now(clock).toString())
			.param("investigators[0]", "张调查").param("investigators[1]", "李调查")
			.param("incapacityBasis", "AGE_60")
			.param("monthlyIncome", "100")
			.param("propertyOk", "true")
			.param("supporter", "NONE")
			.param("supportForm", "DISPERSED").param("carerName", "王照料").param("careAgreement", "true")
			.param("conclusion", "三项条件属实");
		String[] activities = { "unableEat", "unableDress", "unableBed", "unableToilet", "unableWalk", "unableBath" };
		for (int i = 0; i < unable; i++) {
			r.param(activities[i], "true");
		}
		for (int i = 0; i < extra.length; i += 2) {
			r.param(extra[i], extra[i + 1]);
		}
		return r;
	}

	int status(MockHttpServletRequestBuilder r) throws Exception {
		return client.mvc.perform(r).andReturn().getResponse().getStatus();
	}

	int act(String user, long id, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder r = post("/tekun/cases/{id}/" + path, id).with(client.users.as(user)).with(csrf())
			.param("version", String.valueOf(client.version(id)));
		for (int i = 0; i < params.length; i += 2) {
			r.param(params[i], params[i + 1]);
		}
		return status(r);
	}

	int getStatus(String user, String url) throws Exception {
		return client.mvc.perform(get(url).with(client.users.as(user))).andReturn().getResponse().getStatus();
	}

	/** Applied, investigated (tier by {@code unable}), reviewed, noticed, notice over, confirmed by the chief. */
	long confirmed(String name, int unable) throws Exception {
		long[] f = client.family(name);
		long id = apply("hongyuan", f[0], f[1], "ELDERLY");
		assertThat(status(assessment("hongyuan", id, "investigation", unable))).isEqualTo(302);
		assertThat(act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(302);
		assertThat(act("jiedao", id, "notice")).isEqualTo(302);
		clock.advance(Duration.ofDays(7));
		assertThat(act("chief", id, "confirm", "comment", "同意")).isEqualTo(302);
		return id;
	}

	@Test
	void recognitionWithObjectionAndTheExactAmount() throws Exception {
		long[] f = client.family("特困甲");
		long id = apply("hongyuan", f[0], f[1], "ELDERLY");
		assertThat(client.state(id)).isEqualTo("APPLIED");
		// two activities unable → 半自理
		assertThat(status(assessment("hongyuan", id, "investigation", 2))).isEqualTo(302);
		String page = client.page("hongyuan", "/tekun/cases/" + id);
		// 1.3 × 330 = 429.00; plus 半自理 300.00 = 729.00
		assertThat(page).contains("id=\"amount-base\">429.00<").contains("id=\"amount-care\">300.00<")
			.contains("id=\"amount-total\">729.00<").contains("2项不能 → 半自理").contains("王照料");
		assertThat(act("hongyuan", id, "review", "comment", "自审")).isEqualTo(403);
		assertThat(act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(302);
		assertThat(act("jiedao", id, "notice")).isEqualTo(302);
		assertThat(act("hongyuan", id, "objection", "comment", "邻居反映子女有能力赡养")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("OBJECTED");
		// re-investigation: now five activities unable → 全护理
		assertThat(status(assessment("hongyuan", id, "investigation", 5, "supporter", "UNABLE", "supporterNote",
				"女儿重度残疾，无赡养能力"))).isEqualTo(302);
		assertThat(act("jiedao", id, "review", "comment", "复查属实")).isEqualTo(302);
		assertThat(act("jiedao", id, "notice")).isEqualTo(302);
		// during the notice the chief cannot confirm
		assertThat(act("chief", id, "confirm")).isEqualTo(400);
		clock.advance(Duration.ofDays(7));
		long version = client.version(id);
		assertThat(act("hongyuan", id, "confirm")).isEqualTo(403);
		assertThat(act("chief", id, "confirm", "comment", "同意")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("CONFIRMED");
		// 429.00 + 600.00
		var row = jdbc.sql("select monthly_amount, first_paid_month from assistance_case where id = :id").param("id", id)
			.query().singleRow();
		assertThat((BigDecimal) row.get("monthly_amount")).isEqualByComparingTo("1029.00");
		YearMonth firstPaid = YearMonth.from(LocalDate.now(clock)).plusMonths(1);
		assertThat(row.get("first_paid_month").toString()).isEqualTo(firstPaid.atDay(1).toString());
		var change = jdbc.sql("select kind, standard_amount, base_amount, care_amount, covered_count from assistance_case_change where case_id = :id")
			.param("id", id).query().singleRow();
		assertThat(change.get("kind")).isEqualTo("CONFIRM");
		assertThat((BigDecimal) change.get("base_amount")).isEqualByComparingTo("429.00");
		assertThat((BigDecimal) change.get("care_amount")).isEqualByComparingTo("600.00");
		assertThat(entitlements.entitlement(id, firstPaid, DataScope.ALL).orElseThrow().amount())
			.isEqualByComparingTo("1029.00");
		// double submit: the stale version answers 409 and changes nothing
		long timeline = client.timelineSize(id);
		assertThat(status(post("/tekun/cases/{id}/confirm", id).with(client.users.as("chief")).with(csrf())
			.param("version", String.valueOf(version)))).isEqualTo(409);
		assertThat(client.timelineSize(id)).isEqualTo(timeline);
		assertThat(jdbc.sql("select action from assistance_case_transition where case_id = :id order by id").param("id", id)
			.query(String.class).list()).containsExactly("APPLY", "INVESTIGATE", "REVIEW", "NOTICE", "OBJECT",
					"INVESTIGATE", "REVIEW", "NOTICE", "CONFIRM");
		assertThat(client.page("chief", "/tekun/cases/" + id + "/print/investigation")).contains("特困人员认定调查表")
			.contains("张调查、李调查").contains("女儿重度残疾");
	}

	@Test
	void ceilYuanRoundsTheBasicAmountOnce() throws Exception {
		parameters.set("333.33", RoundingRule.CEIL_YUAN, 7);
		long[] f = client.family("特困乙");
		long id = apply("hongyuan", f[0], f[1], "ELDERLY");
		client.mvc.perform(assessment("hongyuan", id, "investigation", 0));
		// 1.3 × 333.33 = 433.329 → 434.00; 全自理 100.00
		assertThat(client.page("hongyuan", "/tekun/cases/" + id)).contains("id=\"amount-base\">434.00<")
			.contains("id=\"amount-total\">534.00<");
	}

	@Test
	void aMonthWithoutAStandardIsRefused() throws Exception {
		long[] f = client.family("特困缺");
		long id = apply("hongyuan", f[0], f[1], "ELDERLY");
		client.mvc.perform(assessment("hongyuan", id, "investigation", 0));
		act("jiedao", id, "review", "comment", "拟同意");
		parameters.none();
		YearMonth month = YearMonth.from(LocalDate.now(clock)).plusMonths(1);
		assertThat(client.page("jiedao", "/tekun/cases/" + id)).contains("id=\"amount-refusal\"")
			.contains(month.getYear() + "年" + month.getMonthValue() + "月没有有效的『城镇低保标准』");
		assertThat(act("jiedao", id, "notice")).isEqualTo(400);
		assertThat(client.state(id)).isEqualTo("REVIEWED");
	}

	@Test
	void exclusiveWithDibaoBothWays() throws Exception {
		// an open 低保 case covers the family: no 特困 for its head
		long[] f = client.family("互斥甲");
		client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		assertThat(client.body("hongyuan", application("hongyuan", f[0], f[1], "ELDERLY"))).contains("互斥甲 已在低保案件");
		assertThat(jdbc.sql("select count(*) from assistance_case where household_id = :h and programme = 'TEKUN'")
			.param("h", f[0]).query(Long.class).single()).isZero();
		// an open 特困 case: no 低保 covering that person
		long[] g = client.family("互斥乙");
		apply("hongyuan", g[0], g[1], "ELDERLY");
		assertThat(client.body("hongyuan", client.application("hongyuan", g[0], g[1], List.of(g[1], g[2], g[3]))))
			.contains("互斥乙 已在特困供养案件");
		// one open 特困 case per household
		assertThat(client.body("hongyuan", application("hongyuan", g[0], g[2], "ELDERLY")))
			.contains("该户已有未办结的特困供养案件");
	}

	@Test
	void theSameInvestigatorTwiceIsOne() throws Exception {
		long[] f = client.family("调查户");
		long id = apply("hongyuan", f[0], f[1], "ELDERLY");
		assertThat(client.body("hongyuan", assessment("hongyuan", id, "investigation", 0).with(request -> {
			request.setParameter("investigators[1]", " 张调查");
			return request;
		})))
			.contains("入户调查人员不少于两人");
		assertThat(jdbc.sql("select count(*) from tekun_assessment where case_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theCategoryMustFitTheAge() throws Exception {
		long[] f = client.family("类别户");
		// the head is born 1935 or later but long before 2010: not a minor
		assertThat(client.body("hongyuan", application("hongyuan", f[0], f[1], "MINOR"))).contains("已满16周岁，不能按未成年人申请");
	}

	@Test
	void anotherCommunityGets404OnEveryRoute() throws Exception {
		long id = confirmed("范围特困", 1);
		for (String url : new String[] { "", "/investigation", "/yearly-review", "/print/investigation" }) {
			assertThat(getStatus("xindian", "/tekun/cases/" + id + url)).as(url).isEqualTo(404);
		}
		for (String path : new String[] { "review", "notice", "objection", "confirm", "reject", "terminate", "review-done" }) {
			assertThat(act("xindian", id, path, "comment", "x")).as(path).isIn(403, 404);
		}
		assertThat(status(assessment("xindian", id, "investigation", 0))).isEqualTo(404);
		assertThat(getStatus("xindian", "/tekun/cases/export")).isEqualTo(200);
		String hongyuanName = client.householdNo(jdbc.sql("select household_id from assistance_case where id = :id")
			.param("id", id).query(Long.class).single());
		assertThat(client.page("xindian", "/tekun/cases?q=" + hongyuanName)).doesNotContain("case-" + id);
		assertThat(client.page("hongyuan", "/tekun/cases?q=" + hongyuanName)).contains("case-" + id);
		assertThat(client.state(id)).isEqualTo("CONFIRMED");
	}

	@Test
	void thePreparerNeverDecides() throws Exception {
		long[] f = client.family("四眼特困");
		long id = apply("jiedao", f[0], f[1], "ELDERLY");
		client.mvc.perform(assessment("jiedao", id, "investigation", 0));
		assertThat(act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(400);
		assertThat(client.state(id)).isEqualTo("INVESTIGATED");
		assertThat(client.page("jiedao", "/tekun/cases/" + id)).doesNotContain("id=\"action-REVIEW\"");
		// wrong state: no notice before the review
		assertThat(act("jiedao", id, "notice")).isEqualTo(400);
	}

	@Test
	void theYearlyReviewComesDueChangesTheAmountAndTerminationStopsPayment() throws Exception {
		long id = confirmed("年审户", 2);
		assertThat(client.page("jiedao", "/tekun/cases?reviewDue=true")).doesNotContain("case-" + id);
		clock.advance(Duration.ofDays(366));
		String householdNo = client.householdNo(jdbc.sql("select household_id from assistance_case where id = :id")
			.param("id", id).query(Long.class).single());
		assertThat(client.page("jiedao", "/tekun/cases?reviewDue=true&q=" + householdNo)).contains("case-" + id);
		assertThat(client.page("jiedao", "/")).contains("年审到期的特困人员");
		// the 年审: now 全自理 (0 unable) from next month: 429.00 + 100.00 = 529.00, a DECREASE
		YearMonth next = YearMonth.from(LocalDate.now(clock)).plusMonths(1);
		assertThat(status(assessment("hongyuan", id, "yearly-review", 0, "effectiveMonth", next.toString()))).isEqualTo(403);
		assertThat(status(assessment("jiedao", id, "yearly-review", 0, "effectiveMonth", next.toString()))).isEqualTo(302);
		var change = jdbc.sql("select kind, monthly_amount from assistance_case_change where case_id = :id order by id desc limit 1")
			.param("id", id).query().singleRow();
		assertThat(change.get("kind")).isEqualTo("DECREASE");
		assertThat((BigDecimal) change.get("monthly_amount")).isEqualByComparingTo("529.00");
		assertThat(client.page("jiedao", "/tekun/cases?reviewDue=true&q=" + householdNo)).doesNotContain("case-" + id);
		assertThat(entitlements.entitlement(id, next, DataScope.ALL).orElseThrow().amount())
			.isEqualByComparingTo("529.00");
		// termination with a 特困 reason by the chief: nothing from the month after this one
		assertThat(act("jiedao", id, "terminate", "reason", "ABLE_TO_WORK")).isEqualTo(403);
		assertThat(act("chief", id, "terminate", "reason", "HAS_LIVELIHOOD", "comment", "有稳定收入")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("TERMINATED");
		assertThat(entitlements.entitlement(id, next, DataScope.ALL)).isEmpty();
		assertThat(client.page("chief", "/tekun/cases/" + id)).contains("有生活来源");
	}

}
