package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.assistance.dibao.AddOnCondition;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** 低保边缘家庭: recognition without cash, the one-step offer on a 低保 rejection, scope, roles, four eyes, versions. */
@IntegrationTest
class EdgeIntegrationTests extends AtStandard330 {

	/** Head (40), spouse (38), child (10): ids household, head, spouse, child. */
	long[] family(String name) throws Exception {
		LocalDate today = LocalDate.now(appClock);
		long household = client.households.register("hongyuan", name, DibaoRulesIntegrationTests.born(today.minusYears(40)));
		long head = jdbc.sql("select head_person_id from household where id = :id").param("id", household)
			.query(Long.class).single();
		long spouse = client.households.addMember("hongyuan", household, name + "妻",
				DibaoRulesIntegrationTests.born(today.minusYears(38)), "SPOUSE");
		long child = client.households.addMember("hongyuan", household, name + "儿",
				DibaoRulesIntegrationTests.born(today.minusYears(10)), "CHILD");
		return new long[] { household, head, spouse, child };
	}

	long applyEdge(String user, long[] f) throws Exception {
		MockHttpServletRequestBuilder request = post("/edge/cases").with(client.users.as(user))
			.with(csrf())
			.param("householdNo", client.householdNo(f[0]))
			.param("applicantPersonId", String.valueOf(f[1]))
			.param("materials", DibaoTestClient.REQUIRED_MATERIALS);
		for (int i = 1; i < f.length; i++) {
			request.param("coveredPersonIds", String.valueOf(f[i]));
		}
		String location = client.mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/edge/cases/");
		return Long.parseLong(location.substring("/edge/cases/".length()));
	}

	int investigateEdge(String user, long id, long earner, String wages) throws Exception {
		return client.mvc.perform(post("/edge/cases/{id}/investigation", id).with(client.users.as(user))
			.with(csrf())
			.param("version", String.valueOf(client.version(id)))
			.param("visitedOn", jdbc.sql("select applied_on from assistance_case where id = :id").param("id", id)
				.query(String.class).single())
			.param("investigators[0]", "张调查")
			.param("investigators[1]", "李调查")
			.param("conclusion", "情况属实")
			.param("incomes[0].personId", String.valueOf(earner))
			.param("incomes[0].kind", "WAGES")
			.param("incomes[0].amount", wages)).andReturn().getResponse().getStatus();
	}

	int act(String user, String url, long version, String... params) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(url).with(client.users.as(user)).with(csrf()).param("version", String.valueOf(version));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return client.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void aHouseholdBelowTheLineIsAssessedAndRecognisedAndPaidNothing() throws Exception {
		rules.fixed(AddOnCondition.MINOR, "50");
		long[] f = family("边缘甲");
		long id = applyEdge("hongyuan", f);
		// I = 1200 for 3: 400 per person ≥ S = 330, below 1.5 × 330 = 495 (1200 < 330 × 1.5 × 3 = 1485)
		assertThat(investigateEdge("hongyuan", id, f[1], "1200")).isEqualTo(302);
		String page = client.page("hongyuan", "/edge/cases/" + id);
		assertThat(page).contains("495.00").contains("400.00").contains("可认定为低保边缘家庭");

		// the assessment is the street caseworker's; the recognition the chief's
		assertThat(act("hongyuan", "/edge/cases/" + id + "/assess", client.version(id), "comment", "x")).isEqualTo(403);
		assertThat(act("jiedao", "/edge/cases/" + id + "/assess", client.version(id), "comment", "收入在边缘线以下"))
			.isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("REVIEWED");
		long version = client.version(id);
		assertThat(act("jiedao", "/edge/cases/" + id + "/recognise", version)).isEqualTo(403);
		assertThat(act("chief", "/edge/cases/" + id + "/recognise", version - 1)).isEqualTo(409);
		assertThat(client.state(id)).isEqualTo("REVIEWED");
		assertThat(act("chief", "/edge/cases/" + id + "/recognise", version, "comment", "同意认定")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("CONFIRMED");
		// double submit: stale, nothing changes
		long timeline = client.timelineSize(id);
		assertThat(act("chief", "/edge/cases/" + id + "/recognise", version)).isEqualTo(409);
		assertThat(client.timelineSize(id)).isEqualTo(timeline);

		// the decision is a dated change that pays 0 (no 分类施保 for 边缘, though the child is a minor)
		var change = jdbc.sql("select kind, monthly_amount, add_ons, counted_income, covered_count from assistance_case_change "
				+ "where case_id = :id").param("id", id).query().singleRow();
		assertThat(change.get("kind")).isEqualTo("CONFIRM");
		assertThat((BigDecimal) change.get("monthly_amount")).isEqualByComparingTo("0");
		assertThat((BigDecimal) change.get("add_ons")).isEqualByComparingTo("0");
		assertThat((BigDecimal) change.get("counted_income")).isEqualByComparingTo("1200");
		YearMonth month = YearMonth.from(LocalDate.now(appClock)).plusMonths(1);
		assertThat(entitlements.entitlement(id, month, DataScope.ALL)).isEmpty();
		assertThat(entitlements.entitlements(month, DataScope.ALL)).noneMatch(e -> e.caseId() == id);

		// visible on the household and person pages, in the list (search) and the export
		assertThat(client.page("hongyuan", "/households/" + f[0])).contains("低保边缘家庭").contains("已认定");
		assertThat(client.page("hongyuan", "/persons/" + f[3])).contains("低保边缘家庭");
		assertThat(client.page("jiedao", "/edge/cases?q=" + client.householdNo(f[0]))).contains("id=\"case-" + id + "\"");
		assertThat(client.page("jiedao", "/edge/cases?q=nobody-here")).doesNotContain("id=\"case-" + id + "\"");
		assertThat(client.mvc.perform(get("/edge/cases/export").with(client.users.as("jiedao"))).andReturn()
			.getResponse().getContentType()).contains("spreadsheetml");

		// 低保 and 边缘 exclude each other for the household
		String refused = client.body("hongyuan", client.application("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3])));
		assertThat(refused).contains("低保与低保边缘家庭互斥");

		// termination by the chief
		assertThat(act("chief", "/edge/cases/" + id + "/terminate", client.version(id), "reason", "VOLUNTARY_EXIT"))
			.isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("TERMINATED");
	}

	@Test
	void incomeAtTheLineIsRefusedAndFourEyesHold() throws Exception {
		long[] f = family("边缘乙");
		long id = applyEdge("jiedao", f);
		// 1485 = 1.5 × 330 × 3 exactly: not below the line
		assertThat(investigateEdge("jiedao", id, f[1], "1485")).isEqualTo(302);
		// jiedao prepared it: cannot assess it
		assertThat(act("jiedao", "/edge/cases/" + id + "/assess", client.version(id), "comment", "x")).isEqualTo(400);
		assertThat(client.state(id)).isEqualTo("INVESTIGATED");
		jdbc.sql("update assistance_case set prepared_by = 'hongyuan' where id = :id").param("id", id).update();
		assertThat(act("jiedao", "/edge/cases/" + id + "/assess", client.version(id), "comment", "评估")).isEqualTo(302);
		long version = client.version(id);
		assertThat(act("chief", "/edge/cases/" + id + "/recognise", version)).isEqualTo(400);
		assertThat(client.state(id)).isEqualTo("REVIEWED");
		assertThat(client.version(id)).isEqualTo(version);
		assertThat(act("chief", "/edge/cases/" + id + "/reject", version, "comment", "收入不低于边缘线")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("REJECTED");
	}

	@Test
	void anotherCommunitysCaseIsNotFoundOnEveryRoute() throws Exception {
		long[] f = family("边缘丙");
		long id = applyEdge("hongyuan", f);
		long v = client.version(id);
		assertThat(client.mvc.perform(get("/edge/cases/{id}", id).with(client.users.as("xindian"))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(client.mvc.perform(get("/edge/cases/{id}/investigation", id).with(client.users.as("xindian")))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(investigateEdge("xindian", id, f[1], "1")).isEqualTo(404);
		assertThat(act("xindian", "/edge/cases/" + id + "/assess", v, "comment", "x")).isIn(403, 404);
		assertThat(client.page("xindian", "/edge/cases")).doesNotContain("id=\"case-" + id + "\"");
		assertThat(act("xindian", "/edge/cases/" + id + "/reject", v, "comment", "x")).isIn(403, 404);
		assertThat(client.state(id)).isEqualTo("APPLIED");
	}

	@Test
	void aDibaoRejectionInTheBandRecognisesTheHouseholdInOneStep() throws Exception {
		long[] f = family("转边甲");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "1200");
		assertThat(client.act("jiedao", id, "review", "comment", "人均收入超过低保标准")).isEqualTo(302);
		assertThat(client.page("chief", "/dibao/cases/" + id)).contains("不予确认并认定为低保边缘家庭");
		assertThat(client.page("jiedao", "/dibao/cases/" + id)).doesNotContain("action-REJECT-AS-EDGE");

		long version = client.version(id);
		assertThat(act("hongyuan", "/dibao/cases/" + id + "/reject-as-edge", version, "comment", "x")).isEqualTo(403);
		assertThat(act("xindian", "/dibao/cases/" + id + "/reject-as-edge", version, "comment", "x")).isIn(403, 404);
		assertThat(act("chief", "/dibao/cases/" + id + "/reject-as-edge", version - 1, "comment", "x")).isEqualTo(409);
		assertThat(client.state(id)).isEqualTo("REVIEWED");

		String location = client.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/dibao/cases/{id}/reject-as-edge", id).with(client.users.as("chief")).with(csrf())
			.param("version", String.valueOf(version)).param("comment", "人均 400 元，高于低保标准 330 元"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/edge/cases/");
		long edge = Long.parseLong(location.substring("/edge/cases/".length()));
		assertThat(client.state(id)).isEqualTo("REJECTED");
		assertThat(client.state(edge)).isEqualTo("CONFIRMED");
		assertThat(jdbc.sql("select prepared_by from assistance_case where id = :id").param("id", edge)
			.query(String.class).single()).isEqualTo("hongyuan");
		assertThat(jdbc.sql("select action from assistance_case_transition where case_id = :id order by id")
			.param("id", edge).query(String.class).list()).containsExactly("APPLY", "RECOGNISE");
		assertThat(jdbc.sql("select count(*) from assistance_investigation where case_id = :id").param("id", edge)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(client.page("chief", "/edge/cases/" + edge)).contains("由低保案件").contains("已认定");
		assertThat(entitlements.entitlement(edge, YearMonth.from(LocalDate.now(appClock)).plusMonths(1), DataScope.ALL))
			.isEmpty();
	}

	@Test
	void belowTheStandardIsNotOfferedAndRefused() throws Exception {
		long[] f = family("转边乙");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		// 900 for 3 = 300 per person < S: a 低保 household, not 边缘
		client.investigate("hongyuan", id, f[1], "WAGES", "900");
		assertThat(client.act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(302);
		assertThat(client.page("chief", "/dibao/cases/" + id)).doesNotContain("action-REJECT-AS-EDGE");
		long version = client.version(id);
		String body = client.body("chief", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/dibao/cases/{id}/reject-as-edge", id).with(csrf()).param("version", String.valueOf(version))
			.param("comment", "x"));
		assertThat(body).contains("不在低保标准");
		assertThat(client.state(id)).isEqualTo("REVIEWED");
		assertThat(client.version(id)).isEqualTo(version);
	}

}
