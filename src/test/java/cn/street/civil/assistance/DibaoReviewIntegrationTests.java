package cn.street.civil.assistance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.household.HouseholdTestClient;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 低保 动态管理 through HTTP: review classes and due reviews, a review from the home visit to the chief's dated
 * decision (decrease, 渐退), and 停旧建新 on the head's death recorded in the registry. Amounts are worked out here
 * by hand from S × n − I (S = 800, n = 3).
 */
@IntegrationTest
class DibaoReviewIntegrationTests extends AtStandard {

	DibaoReviewIntegrationTests() {
		super("800", RoundingRule.ROUND_HALF_UP_FEN);
	}

	@Autowired
	HouseholdTestClient households;

	/** A family of three confirmed with the head's wages as income; returns {case, household, head, spouse, child}. */
	long[] confirmed(String name, String income, String... confirmParams) throws Exception {
		long[] f = client.family(name);
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", income);
		client.act("jiedao", id, "review", "comment", "拟同意");
		client.act("jiedao", id, "notice");
		clock.advance(Duration.ofDays(7));
		assertThat(client.act("chief", id, "confirm", confirmParams)).isEqualTo(302);
		return new long[] { id, f[0], f[1], f[2], f[3] };
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	String column(long id, String column) {
		return client.jdbc.sql("select cast(" + column + " as text) from assistance_case where id = :id").param("id", id)
			.query(String.class).single();
	}

	/** Records a review visit with the head's new wages; returns the review id. */
	long recordReview(String user, long id, long head, String wages) throws Exception {
		var response = client.mvc.perform(post("/dibao/cases/{id}/reviews", id).with(client.users.as(user))
			.with(csrf())
			.param("version", String.valueOf(client.version(id)))
			.param("visitedOn", today().toString())
			.param("investigators[0]", "张调查")
			.param("investigators[1]", "李调查")
			.param("conclusion", "复核：收入有变化")
			.param("incomes[0].personId", String.valueOf(head))
			.param("incomes[0].kind", "WAGES")
			.param("incomes[0].amount", wages)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	int propose(String user, long id, long review, long version, String outcome, YearMonth month, String... more)
			throws Exception {
		var request = post("/dibao/cases/{id}/reviews/{r}/propose", id, review).with(client.users.as(user))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("outcome", outcome)
			.param("effectiveMonth", month.toString());
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return client.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	String reviewStatus(long review) {
		return client.jdbc.sql("select status from assistance_review where id = :id").param("id", review)
			.query(String.class).single();
	}

	long changes(long id) {
		return client.jdbc.sql("select count(*) from assistance_case_change where case_id = :id").param("id", id)
			.query(Long.class).single();
	}

	@Test
	void theReviewClassSetAtConfirmationDecidesWhenTheReviewIsDueAndTheStreetCaseworkerMayChangeIt() throws Exception {
		long[] k = confirmed("分类户", "1000", "reviewClass", "C");
		long id = k[0];
		LocalDate decided = today();
		// C: every 3 months (the dated REVIEW_INTERVAL_MONTHS row of class C)
		assertThat(column(id, "review_class")).isEqualTo("C");
		assertThat(column(id, "next_review_on")).isEqualTo(decided.plusMonths(3).toString());
		assertThat(client.page("hongyuan", "/dibao/cases/" + id)).contains("C类").contains(decided.plusMonths(3).toString());
		assertThat(client.page("hongyuan", "/dibao/cases?reviewDue=true&q=" + client.householdNo(k[1])))
			.doesNotContain("case-" + id);

		clock.advance(Duration.ofDays(100));
		assertThat(client.page("hongyuan", "/dibao/cases?reviewDue=true&q=" + client.householdNo(k[1])))
			.contains("case-" + id);
		assertThat(client.page("hongyuan", "/")).contains("已逾期的低保定期复核").contains("/dibao/cases?reviewDue=true");
		assertThat(client.page("hongyuan", "/dibao/cases/" + id)).contains("id=\"review-overdue\"");

		// only the street caseworker changes the class; A: every 12 months from the confirmation
		assertThat(client.act("hongyuan", id, "review-class", "reviewClass", "A")).isEqualTo(403);
		assertThat(client.act("xindian", id, "review-class", "reviewClass", "A")).isEqualTo(403);
		long version = client.version(id);
		assertThat(client.act("jiedao", id, version, "review-class", "reviewClass", "A")).isEqualTo(302);
		assertThat(column(id, "next_review_on")).isEqualTo(decided.plusMonths(12).toString());
		assertThat(client.act("jiedao", id, version, "review-class", "reviewClass", "B")).isEqualTo(409);
		assertThat(column(id, "review_class")).isEqualTo("A");
	}

	@Test
	void aReviewDecreaseIsADatedChangeTheChiefDecidesNeverAnInPlaceEdit() throws Exception {
		long[] k = confirmed("减发户", "1000");
		long id = k[0];
		YearMonth firstPaid = YearMonth.from(today()).plusMonths(1);
		// no class chosen: the default by the household (test persons are born 1935–1940, nobody of working age: A)
		assertThat(column(id, "review_class")).isEqualTo("A");
		assertThat(column(id, "next_review_on")).isEqualTo(today().plusMonths(12).toString());
		clock.advance(Duration.ofDays(35));
		YearMonth effective = YearMonth.from(today()).plusMonths(1);
		long other = confirmed("他案户", "1000")[0];

		// the chief does not record reviews; another community's caseworker does not find the case
		assertThat(client.mvc.perform(post("/dibao/cases/{id}/reviews", id).with(client.users.as("chief")).with(csrf())
			.param("version", String.valueOf(client.version(id)))).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(client.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/dibao/cases/{id}/reviews/new", id).with(client.users.as("xindian"))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(client.mvc.perform(post("/dibao/cases/{id}/reviews", id).with(client.users.as("xindian")).with(csrf())
			.param("version", String.valueOf(client.version(id)))
			.param("visitedOn", today().toString())
			.param("investigators[0]", "甲")
			.param("investigators[1]", "乙")
			.param("conclusion", "x")).andReturn().getResponse().getStatus()).isEqualTo(404);

		long review = recordReview("hongyuan", id, k[2], "1600");
		String page = client.page("hongyuan", "/dibao/cases/" + id + "/reviews/" + review);
		// current 800×3−1000 = 1400; recomputed 800×3−1600 = 800
		assertThat(page).contains("1400.00").contains("800.00");
		assertThat(client.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/dibao/cases/{id}/reviews/{r}", id, review).with(client.users.as("xindian"))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(client.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/dibao/cases/{id}/reviews/{r}", other, review).with(client.users.as("hongyuan"))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(propose("xindian", id, review, client.version(id), "DECREASE", effective)).isEqualTo(404);
		// a second review while this one is open is refused
		assertThat(client.mvc.perform(post("/dibao/cases/{id}/reviews", id).with(client.users.as("hongyuan")).with(csrf())
			.param("version", String.valueOf(client.version(id)))
			.param("visitedOn", today().toString())
			.param("investigators[0]", "甲")
			.param("investigators[1]", "乙")
			.param("conclusion", "再次")).andReturn().getResponse().getStatus()).isEqualTo(400);

		// the chief cannot decide what is not yet proposed
		assertThat(client.act("chief", id, "reviews/" + review + "/decide")).isEqualTo(400);
		// an increase does not fit a lower amount: refused next to the field, nothing changes
		assertThat(propose("hongyuan", id, review, client.version(id), "INCREASE", effective)).isEqualTo(200);
		assertThat(reviewStatus(review)).isEqualTo("RECORDED");
		long seen = client.version(id);
		assertThat(propose("hongyuan", id, review, seen, "DECREASE", effective, "proposal", "工资上涨")).isEqualTo(302);
		assertThat(reviewStatus(review)).isEqualTo("PROPOSED");
		assertThat(propose("hongyuan", id, review, seen, "DECREASE", effective)).isEqualTo(409);

		assertThat(client.act("jiedao", id, "reviews/" + review + "/decide")).isEqualTo(403);
		assertThat(client.act("chief", id, seen, "reviews/" + review + "/decide")).isEqualTo(409);
		long before = changes(id);
		long decidedAt = client.version(id);
		assertThat(client.act("chief", id, decidedAt, "reviews/" + review + "/decide", "comment", "同意减发")).isEqualTo(302);
		assertThat(reviewStatus(review)).isEqualTo("DECIDED");
		assertThat(changes(id)).isEqualTo(before + 1);
		// double submit: stale, then wrong state; nothing more is recorded
		assertThat(client.act("chief", id, decidedAt, "reviews/" + review + "/decide")).isEqualTo(409);
		assertThat(client.act("chief", id, "reviews/" + review + "/decide")).isEqualTo(400);
		assertThat(changes(id)).isEqualTo(before + 1);

		assertThat(client.jdbc.sql("""
				select kind || ' ' || effective_month || ' ' || monthly_amount from assistance_case_change
				where case_id = :id order by id""").param("id", id).query(String.class).list())
			.containsExactly("CONFIRM " + firstPaid.atDay(1) + " 1400.00", "DECREASE " + effective.atDay(1) + " 800.00");
		assertThat(entitlements.entitlement(id, firstPaid, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("1400");
		assertThat(entitlements.entitlement(id, effective.minusMonths(1), DataScope.ALL).orElseThrow().amount())
			.isEqualByComparingTo("1400");
		assertThat(entitlements.entitlement(id, effective, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("800");
		assertThat(column(id, "last_reviewed_on")).isEqualTo(today().toString());
		assertThat(client.state(id)).isEqualTo("CONFIRMED");
		String casePage = client.page("hongyuan", "/dibao/cases/" + id);
		assertThat(casePage).contains("id=\"changes\"").contains("减发").contains("同意减发").contains("id=\"reviews\"");
		assertThat(client.jdbc.sql("select count(*) from audit_entry where module = 'assistance' and object_id = :id and action = 'REVIEW_DECIDE'")
			.param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aTerminationAlsoEndsADecisionRecordedForALaterMonth() throws Exception {
		long[] k = confirmed("后决定户", "1000");
		long id = k[0];
		clock.advance(Duration.ofDays(35));
		YearMonth later = YearMonth.from(today()).plusMonths(3);
		// a 减发 decided now, from three months on (I = 1200: 800 × 3 − 1200 = 1200)
		long review = recordReview("hongyuan", id, k[2], "1200");
		assertThat(propose("hongyuan", id, review, client.version(id), "DECREASE", later)).isEqualTo(302);
		assertThat(client.act("chief", id, "reviews/" + review + "/decide")).isEqualTo(302);
		assertThat(entitlements.entitlement(id, later, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("1200");
		// then the household moves away: nothing is paid after this month, also not the later decision
		assertThat(client.act("chief", id, "terminate", "reason", "MOVED_OUT")).isEqualTo(302);
		YearMonth thisMonth = YearMonth.from(today());
		assertThat(entitlements.entitlements(thisMonth, DataScope.ALL)).anyMatch(e -> e.caseId() == id);
		for (YearMonth month : java.util.List.of(thisMonth.plusMonths(1), later, later.plusMonths(1))) {
			assertThat(entitlements.entitlements(month, DataScope.ALL)).as("month %s", month)
				.noneMatch(e -> e.caseId() == id);
		}
	}

	@Test
	void incomeAboveTheLineButInTheBandPhasesOutThenPaysNothing() throws Exception {
		long[] k = confirmed("渐退户", "1000");
		long id = k[0];
		clock.advance(Duration.ofDays(35));
		YearMonth effective = YearMonth.from(today()).plusMonths(1);
		// I = 2600 ≥ 800 × 3 = 2400 and < 1.5 × 2400 = 3600: 渐退 for the 6 months of the demo rows
		long review = recordReview("hongyuan", id, k[2], "2600");
		assertThat(propose("hongyuan", id, review, client.version(id), "KEEP", effective)).isEqualTo(200);
		assertThat(propose("hongyuan", id, review, client.version(id), "TERMINATE", effective, "terminationReason",
				"INCOME_ABOVE_LINE")).isEqualTo(200);
		assertThat(reviewStatus(review)).isEqualTo("RECORDED");
		assertThat(propose("hongyuan", id, review, client.version(id), "PHASE_OUT", effective)).isEqualTo(302);
		// the chief sends it back once, the caseworker proposes again
		assertThat(client.act("chief", id, "reviews/" + review + "/return")).isEqualTo(400);
		assertThat(client.act("chief", id, "reviews/" + review + "/return", "comment", "请补充就业证明")).isEqualTo(302);
		assertThat(reviewStatus(review)).isEqualTo("RETURNED");
		assertThat(propose("hongyuan", id, review, client.version(id), "PHASE_OUT", effective)).isEqualTo(302);
		assertThat(client.act("chief", id, "reviews/" + review + "/decide")).isEqualTo(302);

		YearMonth last = effective.plusMonths(5);
		assertThat(client.state(id)).isEqualTo("TERMINATED");
		assertThat(column(id, "termination_reason")).isEqualTo("INCOME_ABOVE_LINE");
		assertThat(column(id, "last_paid_month")).isEqualTo(last.atDay(1).toString());
		assertThat(entitlements.entitlement(id, effective, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("1400");
		assertThat(entitlements.entitlement(id, last, DataScope.ALL).orElseThrow().amount()).isEqualByComparingTo("1400");
		assertThat(entitlements.entitlement(id, last.plusMonths(1), DataScope.ALL)).isEmpty();
		assertThat(entitlements.entitlements(last, DataScope.ALL)).anyMatch(e -> e.caseId() == id);
		assertThat(entitlements.entitlements(last.plusMonths(1), DataScope.ALL)).noneMatch(e -> e.caseId() == id);
		assertThat(client.page("hongyuan", "/dibao/cases/" + id))
			.contains("渐退至 " + last.getYear() + "年" + last.getMonthValue() + "月");
	}

	/**
	 * The death of someone living alone: the registry publishes the death and the dissolution of the household,
	 * and both reach the same case. Every listener completes (none fails on the case's version because the other
	 * changed it at the same moment) and the case ends with the death.
	 */
	@Test
	void theDeathOfSomeoneLivingAloneEndsTheCaseAndEveryListenerCompletes() throws Exception {
		java.time.OffsetDateTime start = client.jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single();
		long household = households.register("hongyuan", "独居户", cn.street.civil.support.TestIds.next(true));
		long head = client.jdbc.sql("select head_person_id from household where id = :id").param("id", household)
			.query(Long.class).single();
		await().atMost(Duration.ofSeconds(20)).until(() -> incompleteAssistanceEvents(start) == 0);
		long id = client.apply("hongyuan", household, head, List.of(head));
		client.investigate("hongyuan", id, head, "WAGES", "300");
		client.act("jiedao", id, "review", "comment", "拟同意");
		client.act("jiedao", id, "notice");
		clock.advance(Duration.ofDays(7));
		assertThat(client.act("chief", id, "confirm")).isEqualTo(302);
		clock.reset(); // the registry validates the date of death against the real day

		client.mvc.perform(post("/households/" + household + "/members/" + head + "/death")
			.with(client.users.as("hongyuan"))
			.with(csrf())
			.param("date", today().toString())
			.param("reason", "病故")
			.param("version", String.valueOf(households.version(household))));
		assertThat(client.jdbc.sql("select status from household where id = :id").param("id", household)
			.query(String.class).single()).isEqualTo("DISSOLVED");

		await().atMost(Duration.ofSeconds(20)).until(() -> incompleteAssistanceEvents(start) == 0);
		assertThat(client.state(id)).isEqualTo("TERMINATED");
		assertThat(column(id, "termination_reason")).isEqualTo("DEATH");
	}

	private long incompleteAssistanceEvents(java.time.OffsetDateTime since) {
		return client.jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and publication_date >= :start
				  and listener_id like 'cn.street.civil.assistance.%'""").param("start", since).query(Long.class).single();
	}

	@Test
	void theHeadsDeathStopsTheOldCaseAndOpensANewOneForTheOthers() throws Exception {
		long[] k = confirmed("停旧户", "1000");
		long id = k[0];
		clock.reset(); // the registry validates the date of death against the real day
		LocalDate died = today();
		client.mvc.perform(post("/households/" + k[1] + "/members/" + k[2] + "/death").with(client.users.as("hongyuan"))
			.with(csrf())
			.param("date", died.toString())
			.param("reason", "病故")
			.param("newHeadPersonId", String.valueOf(k[3]))
			.param("relation", "SPOUSE")
			.param("version", String.valueOf(households.version(k[1]))));
		await().atMost(Duration.ofSeconds(10)).until(() -> "TERMINATED".equals(client.state(id)));

		assertThat(column(id, "termination_reason")).isEqualTo("DEATH");
		assertThat(column(id, "last_paid_month")).isEqualTo(YearMonth.from(died).atDay(1).toString());
		assertThat(entitlements.entitlement(id, YearMonth.from(died).plusMonths(1), DataScope.ALL)).isEmpty();
		long next = client.jdbc.sql("select id from assistance_case where predecessor_case_id = :id").param("id", id)
			.query(Long.class).single();
		assertThat(client.state(next)).isEqualTo("APPLIED");
		assertThat(column(next, "applicant_person_id")).isEqualTo(String.valueOf(k[3]));
		assertThat(column(next, "needs_review")).isEqualTo("true");
		assertThat(column(next, "materials")).isEqualTo(column(id, "materials"));
		assertThat(client.jdbc.sql("select person_id from assistance_case_member where case_id = :id order by person_id")
			.param("id", next).query(Long.class).list()).containsExactlyInAnyOrder(k[3], k[4]);
		assertThat(client.page("hongyuan", "/dibao/cases/" + id)).contains("id=\"successors\"")
			.contains("/dibao/cases/" + next);
		assertThat(client.page("hongyuan", "/dibao/cases/" + next)).contains("id=\"predecessor\"")
			.contains("/dibao/cases/" + id).contains("id=\"needs-review\"");
		assertThat(client.page("xindian", "/dibao/cases/" + next)).doesNotContain("停旧户");
	}

}
