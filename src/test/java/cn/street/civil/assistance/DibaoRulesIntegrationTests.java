package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.street.civil.assistance.dibao.AddOnCondition;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** 分类施保 (one add-on per person, the highest) and 单人保 through the pages, on the real database. */
@IntegrationTest
class DibaoRulesIntegrationTests extends AtStandard330 {

	static final AtomicInteger SEQUENCE = new AtomicInteger(100);

	/** An ID number of someone born on that day (unique within the run). */
	static String born(LocalDate birth) {
		return TestIds.of("370102", birth, String.valueOf(SEQUENCE.incrementAndGet()));
	}

	LocalDate today() {
		return LocalDate.now(appClock);
	}

	@Test
	void oneAddOnPerPersonTheHighestAndTheTotalsAsComputedByHand() throws Exception {
		rules.share(AddOnCondition.ELDERLY, "0.1");
		rules.fixed(AddOnCondition.MINOR, "50");
		rules.share(AddOnCondition.SEVERE_DISABILITY, "0.2");
		LocalDate today = today();
		long household = client.households.register("hongyuan", "分老甲", born(today.minusYears(65).minusMonths(2)));
		long elderly = head(household);
		long both = client.households.addMember("hongyuan", household, "分老乙", born(today.minusYears(66)), "SPOUSE");
		long disabled = client.households.addMember("hongyuan", household, "分残丙", born(today.minusYears(40)), "CHILD");
		long minor = client.households.addMember("hongyuan", household, "分小丁", born(today.minusYears(10)), "GRANDCHILD");
		long id = client.apply("hongyuan", household, elderly, List.of(elderly, both, disabled, minor));

		assertThat(investigate("hongyuan", id, disabled, "600", both, "残疾人证 肢体二级", disabled, "残疾人证 精神一级"))
			.isEqualTo(302);

		// by hand: base = 330 × 4 − 600 = 720.00; 65 岁 10% of 330 = 33.00; 10 岁 50.00; disabled 20% of 330 = 66.00;
		// 66 岁 and disabled: the higher of 33.00 and 66.00 only = 66.00
		BigDecimal s = new BigDecimal("330");
		BigDecimal base = s.multiply(BigDecimal.valueOf(4)).subtract(new BigDecimal("600"));
		BigDecimal tenPercent = s.multiply(new BigDecimal("0.10"));
		BigDecimal twentyPercent = s.multiply(new BigDecimal("0.20"));
		BigDecimal addOns = tenPercent.add(new BigDecimal("50")).add(twentyPercent).add(twentyPercent.max(tenPercent));
		BigDecimal total = base.add(addOns);
		assertThat(total).isEqualByComparingTo("935");

		String page = client.page("hongyuan", "/dibao/cases/" + id);
		assertThat(addOn(page, elderly)).isEqualTo("分老甲 · 老年人（年满60周岁） · 33.00");
		assertThat(addOn(page, minor)).isEqualTo("分小丁 · 未成年人 · 50.00");
		assertThat(addOn(page, disabled)).isEqualTo("分残丙 · 重度残疾人 · 66.00");
		assertThat(addOn(page, both))
			.isEqualTo("分老乙 · 重度残疾人（同时符合：老年人（年满60周岁）；每人只计一项，取最高） · 66.00");
		assertThat(page).contains("残疾人证 肢体二级").contains("每人只计一项");
		assertThat(amountTotal(page)).isEqualTo(total.setScale(2).toPlainString());

		assertThat(client.act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(302);
		assertThat(client.act("jiedao", id, "notice")).isEqualTo(302);
		clock.advance(Duration.ofDays(7));
		assertThat(client.act("chief", id, "confirm")).isEqualTo(302);

		var change = jdbc.sql("select kind, base_amount, add_ons, monthly_amount, effective_month from assistance_case_change "
				+ "where case_id = :id").param("id", id).query().singleRow();
		assertThat(change.get("kind")).isEqualTo("CONFIRM");
		assertThat((BigDecimal) change.get("base_amount")).isEqualByComparingTo(base);
		assertThat((BigDecimal) change.get("add_ons")).isEqualByComparingTo(addOns);
		assertThat((BigDecimal) change.get("monthly_amount")).isEqualByComparingTo(total);
		YearMonth firstPaid = YearMonth.from(today().plusDays(0)).plusMonths(1);
		assertThat(entitlements.entitlement(id, firstPaid, DataScope.ALL)).hasValueSatisfying(e -> {
			assertThat(e.amount()).isEqualByComparingTo(total);
			assertThat(e.breakdown().addOns()).isEqualByComparingTo(addOns);
		});
	}

	@Test
	void ageCountsAtTheEndOfTheMonthFromTheRegistryBirthDate() throws Exception {
		rules.fixed(AddOnCondition.ELDERLY, "20");
		YearMonth month = YearMonth.from(today()).plusMonths(1);
		// turns 60 on the last day of the month shown → 老年人 that month; turns 60 the day after → not yet
		long household = client.households.register("hongyuan", "龄满甲", born(month.atEndOfMonth().minusYears(60)));
		long turning = head(household);
		long notYet = client.households.addMember("hongyuan", household, "龄差乙",
				born(month.plusMonths(1).atDay(1).minusYears(60)), "SPOUSE");
		long id = client.apply("hongyuan", household, turning, List.of(turning, notYet));
		assertThat(investigate("hongyuan", id, turning, "100")).isEqualTo(302);
		String page = client.page("hongyuan", "/dibao/cases/" + id);
		assertThat(addOn(page, turning)).isEqualTo("龄满甲 · 老年人（年满60周岁） · 20.00");
		assertThat(page).doesNotContain("id=\"addon-" + notYet + "\"");
		// 330 × 2 − 100 + 20
		assertThat(amountTotal(page)).isEqualTo("580.00");
	}

	@Test
	void aFindingWithoutItsNoteIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		long household = client.households.register("hongyuan", "无据甲", born(today().minusYears(45)));
		long head = head(household);
		long id = client.apply("hongyuan", household, head, List.of(head));
		long version = client.version(id);
		String body = client.body("hongyuan", request(id, head, "0").param("conditions[0].personId", String.valueOf(head))
			.param("conditions[0].severeDisability", "true"));
		assertThat(body).contains("请注明无据甲重度残疾或重病的依据");
		assertThat(client.state(id)).isEqualTo("APPLIED");
		assertThat(client.version(id)).isEqualTo(version);
		assertThat(jdbc.sql("select count(*) from assistance_investigation where case_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void singlePersonByTheFixedAmountPlusItsAddOn() throws Exception {
		rules.singlePersonFixed("500");
		rules.share(AddOnCondition.SEVERE_DISABILITY, "0.2");
		long household = client.households.register("hongyuan", "单定甲", born(today().minusYears(35)));
		long single = head(household);
		client.households.addMember("hongyuan", household, "单定母", born(today().minusYears(58)), "PARENT");
		long id = client.apply("hongyuan", household, single, List.of(single), "singlePerson", "true",
				"singlePersonReason", "成年无业重度残疾人");
		assertThat(investigate("hongyuan", id, single, "100", single, "残疾人证 智力二级")).isEqualTo(302);
		String page = client.page("hongyuan", "/dibao/cases/" + id);
		// 单人保定额 500.00 (not 330 − 100) + 20% of 330 = 66.00
		assertThat(page).contains("id=\"single-person-fixed\"");
		assertThat(amountTotal(page)).isEqualTo(new BigDecimal("500").add(new BigDecimal("330").multiply(new BigDecimal("0.2")))
			.setScale(2).toPlainString());

		// the other rule: S − own income = 330 − 100 = 230.00, + 66.00
		rules.reset();
		rules.share(AddOnCondition.SEVERE_DISABILITY, "0.2");
		assertThat(amountTotal(client.page("hongyuan", "/dibao/cases/" + id))).isEqualTo("296.00");
	}

	@Test
	void aSinglePersonCaseCoversOnePersonAndIsConfirmedOnlyWithTheInvestigatorsFinding() throws Exception {
		long household = client.households.register("hongyuan", "单保甲", born(today().minusYears(30)));
		long single = head(household);
		long other = client.households.addMember("hongyuan", household, "单保妹", born(today().minusYears(25)), "SIBLING");
		String refused = client.body("hongyuan", client.application("hongyuan", household, single, List.of(single, other))
			.param("singlePerson", "true")
			.param("singlePersonReason", "成年无业重度残疾人"));
		assertThat(refused).contains("单人保只能选择一名保障对象");
		assertThat(jdbc.sql("select count(*) from assistance_case where household_id = :h").param("h", household)
			.query(Long.class).single()).isZero();

		long id = client.apply("hongyuan", household, single, List.of(single), "singlePerson", "true",
				"singlePersonReason", "成年无业重度残疾人");
		assertThat(investigate("hongyuan", id, single, "50")).isEqualTo(302);
		assertThat(client.act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(302);
		assertThat(client.act("jiedao", id, "notice")).isEqualTo(302);
		clock.advance(Duration.ofDays(7));
		long version = client.version(id);
		String body = client.body("chief", post("/dibao/cases/{id}/confirm", id).with(csrf())
			.param("version", String.valueOf(version)));
		assertThat(body).contains("单人保对象单保甲未在入户调查中登记为重度残疾或重病");
		assertThat(client.state(id)).isEqualTo("ON_NOTICE");
		assertThat(client.version(id)).isEqualTo(version);
		assertThat(jdbc.sql("select count(*) from assistance_case_change where case_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	long head(long household) {
		return jdbc.sql("select head_person_id from household where id = :id").param("id", household)
			.query(Long.class).single();
	}

	/** A home visit: one income line (person, wages) and any findings (person, note) as 重度残疾. */
	int investigate(String user, long caseId, long earner, String wages, Object... findings) throws Exception {
		MockHttpServletRequestBuilder request = request(caseId, earner, wages);
		for (int i = 0; i < findings.length; i += 2) {
			int line = i / 2;
			request.param("conditions[" + line + "].personId", String.valueOf(findings[i]))
				.param("conditions[" + line + "].severeDisability", "true")
				.param("conditions[" + line + "].note", String.valueOf(findings[i + 1]));
		}
		return client.mvc.perform(request.with(client.users.as(user))).andReturn().getResponse().getStatus();
	}

	MockHttpServletRequestBuilder request(long caseId, long earner, String wages) {
		return post("/dibao/cases/{id}/investigation", caseId).with(csrf())
			.param("version", String.valueOf(client.version(caseId)))
			.param("visitedOn", jdbc.sql("select applied_on from assistance_case where id = :id").param("id", caseId)
				.query(String.class).single())
			.param("investigators[0]", "张调查")
			.param("investigators[1]", "李调查")
			.param("conclusion", "情况属实")
			.param("incomes[0].personId", String.valueOf(earner))
			.param("incomes[0].kind", "WAGES")
			.param("incomes[0].amount", wages);
	}

	static String addOn(String page, long personId) {
		var m = java.util.regex.Pattern
			.compile("id=\"addon-" + personId + "\"[^>]*>.*?<td><span class=\"addon-name\">([^<]*)</span> · "
					+ "<span class=\"addon-category\">([^<]*)</span> · <span class=\"addon-amount\">([^<]*)</span>",
					java.util.regex.Pattern.DOTALL)
			.matcher(page);
		return m.find() ? m.group(1) + " · " + m.group(2) + " · " + m.group(3) : "(no add-on for " + personId + ")";
	}

	static String amountTotal(String page) {
		var m = java.util.regex.Pattern.compile("id=\"amount-total\">([^<]*)<").matcher(page);
		return m.find() ? m.group(1) : "(no amount on the page)";
	}

}
