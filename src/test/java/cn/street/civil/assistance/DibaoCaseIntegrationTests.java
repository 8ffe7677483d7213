package cn.street.civil.assistance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A 低保 case from application to confirmation and termination, through the pages, on the real database. */
@IntegrationTest
class DibaoCaseIntegrationTests extends AtStandard {

	DibaoCaseIntegrationTests() {
		super("632", RoundingRule.CEIL_YUAN);
	}

	@Test
	void aFamilyIsInvestigatedReviewedNoticedAndConfirmedWithTheExactAmount() throws Exception {
		long[] f = client.family("祁守业");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		assertThat(client.state(id)).isEqualTo("APPLIED");

		// I = 1500 + 394 = 1894 counted; the basic pension (200) is recorded but not counted
		assertThat(client.investigate("hongyuan", id, f[1], "WAGES", "1500", f[2], "TRANSFER", "394", f[3],
				"BASIC_PENSION", "200")).isEqualTo(302);
		String page = client.page("chief", "/dibao/cases/" + id);
		assertThat(page).contains("631.33").contains("1894.00").contains("不计入");
		assertThat(amountTotal(page)).isEqualTo("2.00");

		assertThat(client.act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(302);
		assertThat(client.act("jiedao", id, "notice")).isEqualTo(302);
		LocalDate today = LocalDate.now(appClock);
		assertThat(jdbc.sql("select notice_end from assistance_case where id = :id").param("id", id)
			.query(LocalDate.class).single()).isEqualTo(today.plusDays(7));

		// during the notice the chief cannot confirm; nothing changes
		long version = client.version(id);
		String refused = client.body("chief", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/dibao/cases/{id}/confirm", id)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", String.valueOf(version)));
		assertThat(refused).contains("公示期至 " + today.plusDays(7) + " 结束");
		assertThat(client.state(id)).isEqualTo("ON_NOTICE");
		assertThat(client.version(id)).isEqualTo(version);

		clock.advance(Duration.ofDays(7));
		assertThat(client.act("chief", id, version, "confirm", "comment", "同意")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("CONFIRMED");
		var row = jdbc.sql("select monthly_amount, first_paid_month, standard_amount, counted_income, covered_count "
				+ "from assistance_case where id = :id").param("id", id).query().singleRow();
		assertThat((java.math.BigDecimal) row.get("monthly_amount")).isEqualByComparingTo("2.00");
		assertThat(row.get("first_paid_month").toString())
			.isEqualTo(YearMonth.from(today.plusDays(7)).plusMonths(1).atDay(1).toString());
		assertThat((java.math.BigDecimal) row.get("counted_income")).isEqualByComparingTo("1894");
		assertThat(row.get("covered_count")).isEqualTo(3);

		// a double submit of the confirmation: the stale version answers 409 and changes nothing
		long timeline = client.timelineSize(id);
		assertThat(client.act("chief", id, version, "confirm")).isEqualTo(409);
		assertThat(client.timelineSize(id)).isEqualTo(timeline);

		// timeline: 申请, 入户调查, 审核, 开始公示, 审核确认; each one audited
		assertThat(jdbc.sql("select action from assistance_case_transition where case_id = :id order by id")
			.param("id", id).query(String.class).list()).containsExactly("APPLY", "INVESTIGATE", "REVIEW", "NOTICE", "CONFIRM");
		assertThat(client.auditRows(id)).isEqualTo(5);
		assertThat(client.page("chief", "/dibao/cases/" + id)).contains("保障中").contains("拟同意").contains("chief");

		assertThat(client.act("chief", id, "terminate", "reason", "VOLUNTARY_EXIT", "comment", "本人申请")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("TERMINATED");
		assertThat(client.page("chief", "/dibao/cases/" + id)).contains("自愿退出：本人申请");
	}

	@Test
	void secondExampleAndTheHalfUpRule() throws Exception {
		parameters.set("800", RoundingRule.ROUND_HALF_UP_FEN, 7);
		long[] f = client.family("邵二保");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]), "singlePerson", "false");
		client.investigate("hongyuan", id, f[1], "WAGES", "700", f[2], "WAGES", "1000.55");
		// S × n − I = 2400 − 1700.55 = 699.45 to the 分
		assertThat(amountTotal(client.page("hongyuan", "/dibao/cases/" + id))).isEqualTo("699.45");
	}

	@Test
	void eightHundredForTwoWithSevenHundredIsNineHundred() throws Exception {
		parameters.set("800", RoundingRule.CEIL_YUAN, 7);
		long[] f = client.family("甘单保");
		// 单人保 is refused for more than one person; so a two-person household: head and spouse, child moved away
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1]), "singlePerson", "true", "singlePersonReason",
				"成年无业重度残疾人");
		client.investigate("hongyuan", id, f[1], "WAGES", "100");
		assertThat(amountTotal(client.page("hongyuan", "/dibao/cases/" + id))).isEqualTo("700.00");
		assertThat(client.page("hongyuan", "/dibao/cases/" + id)).contains("成年无业重度残疾人");
		// the worked example itself: n = 2 covered, I = 700 → 800 × 2 − 700 = 900
		long[] g = client.family("甘双保");
		client.jdbc.sql("update assistance_case set state = 'TERMINATED', terminated_on = current_date, "
				+ "termination_reason = 'VOLUNTARY_EXIT', decided_on = current_date, first_paid_month = current_date, "
				+ "monthly_amount = 0 where id = :id").param("id", id).update();
		long two = client.apply("hongyuan", g[0], g[1], List.of(g[1], g[2], g[3]));
		client.jdbc.sql("delete from assistance_case_member where case_id = :id and person_id = :p").param("id", two)
			.param("p", g[3]).update();
		client.investigate("hongyuan", two, g[1], "WAGES", "700");
		assertThat(amountTotal(client.page("hongyuan", "/dibao/cases/" + two))).isEqualTo("900.00");
	}

	@Test
	void aMonthWithoutAStandardIsRefusedByNameAndMonth() throws Exception {
		long[] f = client.family("缺标准");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "100");
		client.act("jiedao", id, "review", "comment", "拟同意");
		parameters.none();
		YearMonth month = YearMonth.from(LocalDate.now(appClock)).plusMonths(1);
		assertThat(client.page("jiedao", "/dibao/cases/" + id))
			.contains(month.getYear() + "年" + month.getMonthValue() + "月没有有效的『城镇低保标准』");
		long version = client.version(id);
		assertThat(client.act("jiedao", id, "notice")).isEqualTo(400);
		assertThat(client.state(id)).isEqualTo("REVIEWED");
		assertThat(client.version(id)).isEqualTo(version);
	}

	@Test
	void aWrongStepIsRefusedInChineseAndChangesNothing() throws Exception {
		long[] f = client.family("错步骤");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		String body = client.body("jiedao", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/dibao/cases/{id}/notice", id)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", String.valueOf(client.version(id))));
		assertThat(body).contains("当前状态为“已申请”，不能办理“开始公示”");
		assertThat(client.state(id)).isEqualTo("APPLIED");
		assertThat(client.timelineSize(id)).isEqualTo(1);
		// a role the step is not for: 403
		client.investigate("hongyuan", id, f[1], "WAGES", "100");
		assertThat(client.act("hongyuan", id, "review", "comment", "自己审核")).isEqualTo(403);
		assertThat(client.act("chief", id, "review", "comment", "科长审核")).isEqualTo(403);
		assertThat(client.state(id)).isEqualTo("INVESTIGATED");
	}

	@Test
	void thePreparerAndADeclaredRelativeNeverDecide() throws Exception {
		// the street caseworker prepares, so cannot review
		long[] f = client.family("四眼甲");
		long id = client.apply("jiedao", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("jiedao", id, f[1], "WAGES", "100");
		assertThat(client.act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(400);
		assertThat(client.state(id)).isEqualTo("INVESTIGATED");
		assertThat(client.page("jiedao", "/dibao/cases/" + id)).doesNotContain("id=\"action-REVIEW\"");

		// declared related to the chief: the chief cannot confirm or reject
		long[] g = client.family("四眼乙");
		long related = client.apply("hongyuan", g[0], g[1], List.of(g[1], g[2], g[3]), "staffRelated", "true",
				"relatedStaff", "chief", "relatedStaffRelation", "表兄弟");
		client.investigate("hongyuan", related, g[1], "WAGES", "100");
		assertThat(client.act("chief", related, "reject", "comment", "不符合")).isEqualTo(400);
		assertThat(client.state(related)).isEqualTo("INVESTIGATED");
		String page = client.page("jiedao", "/dibao/cases/" + related);
		assertThat(page).contains("id=\"staff-related-badge\"").contains("chief（表兄弟）");
		assertThat(client.page("jiedao", "/dibao/cases/staff-related?q=" + client.householdNo(g[0])))
			.contains("case-" + related);
		assertThat(client.page("jiedao", "/dibao/cases/staff-related?q=" + client.householdNo(f[0])))
			.doesNotContain("case-" + id);

		// the related staff member cannot prepare it
		long[] h = client.family("四眼丙");
		String refused = client.body("hongyuan", client.application("hongyuan", h[0], h[1], List.of(h[1], h[2], h[3]))
			.param("staffRelated", "true").param("relatedStaff", "hongyuan").param("relatedStaffRelation", "配偶"));
		assertThat(refused).contains("近亲属备案的相关工作人员不能经办该申请");
		assertThat(casesOf(h[0])).isZero();
	}

	@Test
	void anotherCommunitySeesNothingAndChangesNothing() throws Exception {
		long[] f = client.family("范围外");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		assertThat(client.mvc.perform(get("/dibao/cases/" + id).with(client.users.as("xindian"))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(client.investigate("xindian", id, f[1], "WAGES", "1")).isEqualTo(404);
		assertThat(client.act("xindian", id, "objection", "comment", "x")).isEqualTo(404);
		assertThat(client.page("xindian", "/dibao/cases?q=" + client.householdNo(f[0]))).doesNotContain("case-" + id);
		assertThat(client.page("hongyuan", "/dibao/cases?q=" + client.householdNo(f[0]))).contains("case-" + id);
		assertThat(client.state(id)).isEqualTo("APPLIED");
		assertThat(client.timelineSize(id)).isEqualTo(1);
		// xindian cannot apply for a 洪苑 household either
		assertThat(client.body("xindian", client.application("xindian", f[0], f[1], List.of(f[1]))))
			.contains("未找到该户号的在册户");
	}

	@Test
	void oneOpenCasePerHouseholdAndNoOneCoveredTwice() throws Exception {
		long[] f = client.family("一案户");
		client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		assertThat(client.body("hongyuan", client.application("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]))))
			.contains("该户已有未办结的低保案件");
		assertThat(casesOf(f[0])).isEqualTo(1);

		// an open 特困 case (written directly: the programme is not built yet) covering the spouse of another family
		long[] g = client.family("特困户");
		long tekun = jdbc.sql("""
				insert into assistance_case (programme, household_id, household_no, community_id, residence_type,
				  applicant_person_id, applicant_name, state, applied_on, prepared_by, created_at, created_by, updated_at, updated_by)
				select 'TEKUN', :h, household_no, community_id, 'URBAN', :p, '特困户妻', 'APPLIED', current_date, 'test', now(), 'test', now(), 'test'
				from household where id = :h returning id""").param("h", g[0]).param("p", g[2]).query(Long.class).single();
		jdbc.sql("insert into assistance_case_member values (:c, :p, '特困户妻', 'SPOUSE', date '1950-01-01')")
			.param("c", tekun).param("p", g[2]).update();
		assertThat(client.body("hongyuan", client.application("hongyuan", g[0], g[1], List.of(g[1], g[2], g[3]))))
			.contains("特困户妻 已在特困供养案件");
		assertThat(jdbc.sql("select count(*) from assistance_case where household_id = :h and programme = 'DIBAO'")
			.param("h", g[0]).query(Long.class).single()).isZero();
	}

	@Test
	void theApplicationNeedsTheWholeFamilyAndTheRequiredMaterials() throws Exception {
		long[] f = client.family("材料户");
		assertThat(client.body("hongyuan", client.application("hongyuan", f[0], f[1], List.of(f[1], f[2]))))
			.contains("应以共同生活的全部家庭成员申请");
		var noMaterials = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/dibao/cases")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("householdNo", client.householdNo(f[0]))
			.param("applicantPersonId", String.valueOf(f[1]))
			.param("coveredPersonIds", String.valueOf(f[1]), String.valueOf(f[2]), String.valueOf(f[3]))
			.param("materials", "APPLICATION", "ID");
		assertThat(client.body("hongyuan", noMaterials)).contains("申请材料不全，还缺：家庭经济状况核对授权书、家庭收入声明、家庭财产声明");
		assertThat(casesOf(f[0])).isZero();
		// the form offers the household's members, all covered by default
		String form = client.page("hongyuan", "/dibao/cases/new?householdId=" + f[0]);
		assertThat(form).contains("材料户妻").contains("id=\"covered-" + f[3] + "\" checked");
	}

	@Test
	void anObjectionSendsTheCaseBackToInvestigationAndANewNotice() throws Exception {
		long[] f = client.family("异议户");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "100");
		client.act("jiedao", id, "review", "comment", "拟同意");
		client.act("jiedao", id, "notice");
		assertThat(client.act("hongyuan", id, "objection", "comment", "邻居反映有经营收入")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("OBJECTED");
		assertThat(client.investigate("hongyuan", id, f[1], "WAGES", "100", f[2], "BUSINESS", "2000")).isEqualTo(302);
		client.act("jiedao", id, "review", "comment", "复查后收入超标，拟不同意");
		assertThat(client.state(id)).isEqualTo("REVIEWED");
		client.act("jiedao", id, "notice");
		clock.advance(Duration.ofDays(7));
		// 2100 ≥ 632 × 3 = 1896: not eligible, cannot be confirmed, only rejected
		assertThat(client.page("chief", "/dibao/cases/" + id)).contains("id=\"not-eligible\"");
		assertThat(client.act("chief", id, "confirm")).isEqualTo(400);
		assertThat(client.act("chief", id, "reject", "comment", "家庭月人均收入超过低保标准")).isEqualTo(302);
		assertThat(client.state(id)).isEqualTo("REJECTED");
		assertThat(client.timelineSize(id)).isEqualTo(9);
	}

	@Test
	void theNoticeSheetShowsSurnameCountAndAmountOnly() throws Exception {
		long[] f = client.family("公示甲");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "1500", f[2], "TRANSFER", "394");
		client.act("jiedao", id, "review", "comment", "拟同意");
		client.act("jiedao", id, "notice");
		String sheet = client.page("hongyuan", "/dibao/notice");
		assertThat(sheet).contains("公某").doesNotContain("公示甲").doesNotContain("公示甲妻").doesNotContain("1894")
			.doesNotContain("1500");
		assertThat(sheet).containsPattern("公某</td><td class=\"text-end\">3</td>\\s*<td class=\"text-end\">2.00</td>");
		assertThat(sheet).doesNotContainPattern("\\d{17}[\\dX]");
		// a community caseworker cannot print another community's sheet
		long xindian = jdbc.sql("select id from community where name = '辛甸'").query(Long.class).single();
		assertThat(client.mvc.perform(get("/dibao/notice?communityId=" + xindian).with(client.users.as("hongyuan")))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(client.page("hongyuan", "/dibao/cases/" + id + "/print/investigation")).contains("最低生活保障家庭入户调查表")
			.contains("张调查、李调查");
	}

	@Test
	void theListExportsMaskedAndAudited() throws Exception {
		long before = jdbc.sql("select count(*) from audit_entry where module = 'assistance' and action = 'EXPORT'")
			.query(Long.class).single();
		var response = client.mvc.perform(get("/dibao/cases/export").with(client.users.as("hongyuan"))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith(cn.street.civil.shared.web.Downloads.XLSX);
		assertThat(jdbc.sql("select count(*) from audit_entry where module = 'assistance' and action = 'EXPORT'")
			.query(Long.class).single()).isEqualTo(before + 1);
	}

	private long casesOf(long household) {
		return jdbc.sql("select count(*) from assistance_case where household_id = :h").param("h", household)
			.query(Long.class).single();
	}

	private static String amountTotal(String page) {
		var m = java.util.regex.Pattern.compile("id=\"amount-total\">([^<]*)<").matcher(page);
		return m.find() ? m.group(1) : "(no amount on the page)";
	}

}
