package cn.street.civil.assistance;

import java.util.List;

import cn.street.civil.standard.CommunityReviewMode;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * 民主评议 by mode (off / on objection / always), through the case pages: when it is refused, when it is required,
 * the ⅔-attendance-and-⅔-agreement rule, and the checks every route has (role, scope, version, state).
 */
@IntegrationTest
class ProcedureCommunityReviewIntegrationTests extends AtStandard {

	ProcedureCommunityReviewIntegrationTests() {
		super("632", RoundingRule.CEIL_YUAN);
	}

	@Autowired
	StandInProcedureParameters procedure;

	@AfterEach
	void resetProcedure() {
		procedure.reset();
	}

	/** A case of a new family taken to 已审核 (investigated by hongyuan, reviewed by jiedao). */
	long reviewed(String name) throws Exception {
		long[] f = client.family(name);
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "1500");
		assertThat(client.act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(302);
		return id;
	}

	long objected(String name) throws Exception {
		long id = reviewed(name);
		assertThat(client.act("jiedao", id, "notice")).isEqualTo(302);
		assertThat(client.act("hongyuan", id, "objection", "comment", "邻居反映有经营收入")).isEqualTo(302);
		return id;
	}

	int review(String user, long id, int invited, int attended, int agreed) throws Exception {
		return client.act(user, id, "community-review", "heldOn", today(id), "invited", String.valueOf(invited),
				"attended", String.valueOf(attended), "agreed", String.valueOf(agreed), "opinion", "经评议，情况属实");
	}

	String today(long id) {
		return client.jdbc.sql("select applied_on from assistance_case where id = :id").param("id", id)
			.query(String.class).single();
	}

	String post(String user, long id, String path, String... params) throws Exception {
		var request = MockMvcRequestBuilders.post("/dibao/cases/{id}/" + path, id).with(csrf())
			.param("version", String.valueOf(client.version(id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return client.body(user, request);
	}

	long reviews(long id) {
		return client.jdbc.sql("select count(*) from assistance_community_review where case_id = :id").param("id", id)
			.query(Long.class).single();
	}

	@Test
	void onObjectionAPassingReviewLeadsToANewNotice() throws Exception {
		procedure.mode(CommunityReviewMode.ON_OBJECTION);
		// not before an objection
		long early = reviewed("评议甲");
		assertThat(client.page("jiedao", "/dibao/cases/" + early)).doesNotContain("action-COMMUNITY_REVIEW");
		assertThat(post("jiedao", early, "community-review", "heldOn", today(early), "invited", "9", "attended", "9",
				"agreed", "9", "opinion", "x")).contains("仅在公示有异议后开展民主评议");
		assertThat(reviews(early)).isZero();
		assertThat(client.state(early)).isEqualTo("REVIEWED");

		long id = objected("评议乙");
		assertThat(client.page("hongyuan", "/dibao/cases/" + id)).contains("action-COMMUNITY_REVIEW").contains("action-INVESTIGATE");
		// 9 invited, 6 present (6 × 3 = 18 ≥ 2 × 9), 4 agree (4 × 3 = 12 ≥ 2 × 6): passes, exactly on both thresholds
		assertThat(review("hongyuan", id, 9, 6, 4)).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("REVIEWED");
		var row = client.jdbc.sql("select invited, attended, agreed, passed, recorded_by from assistance_community_review "
				+ "where case_id = :id").param("id", id).query().singleRow();
		assertThat(row).containsEntry("invited", 9).containsEntry("attended", 6).containsEntry("agreed", 4)
			.containsEntry("passed", true).containsEntry("recorded_by", "hongyuan");
		String page = client.page("jiedao", "/dibao/cases/" + id);
		assertThat(page).contains("id=\"community-reviews\"").contains("经评议，情况属实").contains("应到 9 人，实到 6 人，同意 4 人，通过");
		assertThat(client.jdbc.sql("select action from assistance_case_transition where case_id = :id order by id")
			.param("id", id).query(String.class).list()).endsWith("OBJECT", "COMMUNITY_REVIEW");
		assertThat(client.auditRows(id)).isEqualTo(client.timelineSize(id));
		// then a new notice
		assertThat(client.act("jiedao", id, "notice")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("ON_NOTICE");
	}

	@Test
	void aFailedReviewBlocksTheNoticeUntilTheChiefRejects() throws Exception {
		procedure.mode(CommunityReviewMode.ON_OBJECTION);
		long id = objected("评议丙");
		// 9 invited, 6 present, 3 agree: 3 × 3 = 9 < 12 — not passed
		assertThat(review("hongyuan", id, 9, 6, 3)).isEqualTo(302);
		assertThat(client.jdbc.sql("select passed from assistance_community_review where case_id = :id").param("id", id)
			.query(Boolean.class).single()).isFalse();
		assertThat(client.page("jiedao", "/dibao/cases/" + id)).contains("未通过").doesNotContain("action-NOTICE");
		long version = client.version(id);
		assertThat(post("jiedao", id, "notice")).contains("最近一次民主评议未通过（实到 6 人/应到 9 人，同意 3 人），不能公示");
		assertThat(client.state(id)).isEqualTo("REVIEWED");
		assertThat(client.version(id)).isEqualTo(version);
		assertThat(client.act("chief", id, "reject", "comment", "民主评议未通过")).isEqualTo(302);

		// too few present: 9 invited, 5 present (15 < 18), all agree — not passed either
		long other = objected("评议丁");
		assertThat(review("hongyuan", other, 9, 5, 5)).isEqualTo(302);
		assertThat(client.jdbc.sql("select passed from assistance_community_review where case_id = :id").param("id", other)
			.query(Boolean.class).single()).isFalse();
	}

	@Test
	void offRefusesTheReviewAndTheReInvestigationRemains() throws Exception {
		procedure.mode(CommunityReviewMode.OFF);
		long id = objected("评议戊");
		String page = client.page("hongyuan", "/dibao/cases/" + id);
		assertThat(page).doesNotContain("action-COMMUNITY_REVIEW").contains("action-INVESTIGATE").contains("民主评议：不开展");
		assertThat(post("hongyuan", id, "community-review", "heldOn", today(id), "invited", "9", "attended", "9",
				"agreed", "9", "opinion", "x")).contains("现行政策标准不开展民主评议");
		assertThat(reviews(id)).isZero();
		assertThat(client.state(id)).isEqualTo("OBJECTED");
	}

	@Test
	void alwaysRequiresAPassingReviewBeforeTheFirstNotice() throws Exception {
		procedure.mode(CommunityReviewMode.ALWAYS);
		long id = reviewed("评议己");
		String page = client.page("jiedao", "/dibao/cases/" + id);
		assertThat(page).contains("id=\"review-required\"").contains("action-COMMUNITY_REVIEW").doesNotContain("action-NOTICE");
		assertThat(post("jiedao", id, "notice")).contains("须先进行民主评议并通过，才能开始公示");
		assertThat(client.state(id)).isEqualTo("REVIEWED");

		assertThat(review("jiedao", id, 7, 7, 7)).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("REVIEWED");
		assertThat(client.act("jiedao", id, "notice")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("ON_NOTICE");
	}

	@Test
	void theFormRefusesImpossibleCountsNextToTheField() throws Exception {
		long id = objected("评议庚");
		String more = post("hongyuan", id, "community-review", "heldOn", today(id), "invited", "5", "attended", "6",
				"agreed", "1", "opinion", "x");
		assertThat(more).contains("实到人数应在0至应到人数之间").contains("is-invalid");
		String agreed = post("hongyuan", id, "community-review", "heldOn", today(id), "invited", "5", "attended", "4",
				"agreed", "5", "opinion", "x");
		assertThat(agreed).contains("同意人数应在0至实到人数之间");
		String noOpinion = post("hongyuan", id, "community-review", "heldOn", today(id), "invited", "5", "attended", "4",
				"agreed", "4", "opinion", " ");
		assertThat(noOpinion).contains("请填写评议意见");
		String future = post("hongyuan", id, "community-review", "heldOn", "2099-01-01", "invited", "5", "attended", "4",
				"agreed", "4", "opinion", "x");
		assertThat(future).contains("评议日期不能晚于今天");
		assertThat(reviews(id)).isZero();
		assertThat(client.state(id)).isEqualTo("OBJECTED");
	}

	@Test
	void roleScopeVersionAndState() throws Exception {
		long id = objected("评议辛");
		long timeline = client.timelineSize(id);
		// another community's caseworker: 404 on the form and the post
		assertThat(client.mvc.perform(MockMvcRequestBuilders.get("/dibao/cases/{id}/community-review", id)
			.with(client.users.as("xindian"))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(review("xindian", id, 9, 9, 9)).isEqualTo(404);
		// the chief decides, does not hold the review: 403
		assertThat(client.mvc.perform(MockMvcRequestBuilders.get("/dibao/cases/{id}/community-review", id)
			.with(client.users.as("chief"))).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(review("chief", id, 9, 9, 9)).isEqualTo(403);
		// a stale version: 409
		assertThat(client.act("hongyuan", id, client.version(id) - 1, "community-review", "heldOn", today(id),
				"invited", "9", "attended", "9", "agreed", "9", "opinion", "x")).isEqualTo(409);
		assertThat(reviews(id)).isZero();
		assertThat(client.timelineSize(id)).isEqualTo(timeline);
		// the form is shown to the case's caseworker
		assertThat(client.page("hongyuan", "/dibao/cases/" + id + "/community-review")).contains("community-review-form")
			.contains("三分之二");

		// the wrong state (still 已申请): refused, nothing stored
		long[] f = client.family("评议壬");
		long applied = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		assertThat(post("hongyuan", applied, "community-review", "heldOn", today(applied), "invited", "9", "attended", "9",
				"agreed", "9", "opinion", "x")).contains("不能");
		assertThat(client.state(applied)).isEqualTo("APPLIED");
		assertThat(reviews(applied)).isZero();

		// a double submit: the second post carries the old version and changes nothing
		long version = client.version(id);
		assertThat(client.act("hongyuan", id, version, "community-review", "heldOn", today(id), "invited", "9",
				"attended", "9", "agreed", "9", "opinion", "x")).isEqualTo(302);
		assertThat(client.act("hongyuan", id, version, "community-review", "heldOn", today(id), "invited", "9",
				"attended", "9", "agreed", "9", "opinion", "x")).isEqualTo(409);
		assertThat(reviews(id)).isOne();
	}

}
