package cn.street.civil.assistance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The printed 审核确认通知书 and 不予确认通知书: what they say, what they must never say (ID numbers, incomes,
 * the other members), who may print them and from which state.
 */
@IntegrationTest
class ProcedureNoticesIntegrationTests extends AtStandard {

	ProcedureNoticesIntegrationTests() {
		super("632", RoundingRule.CEIL_YUAN);
	}

	/** An 18-character 身份证号 (or anything that looks like one). */
	static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");

	int status(String user, String url) throws Exception {
		return client.mvc.perform(get(url).with(client.users.as(user))).andReturn().getResponse().getStatus();
	}

	@Test
	void theApprovalNoticeNamesTheApplicantCountAmountFirstMonthAndBasisOnly() throws Exception {
		long[] f = client.family("通知甲");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		// I = 1500 + 394 = 1894, S = 632, n = 3: 632 × 3 − 1894 = 2 元
		client.investigate("hongyuan", id, f[1], "WAGES", "1500", f[2], "TRANSFER", "394");
		client.act("jiedao", id, "review", "comment", "拟同意");
		client.act("jiedao", id, "notice");
		// before the decision there is nothing to print
		assertThat(status("chief", "/dibao/cases/" + id + "/print/approval")).isEqualTo(400);
		assertThat(client.page("chief", "/dibao/cases/" + id)).doesNotContain("print-approval");
		clock.advance(Duration.ofDays(7));
		assertThat(client.act("chief", id, "confirm", "comment", "同意")).isEqualTo(302);
		LocalDate decided = client.jdbc.sql("select decided_on from assistance_case where id = :id").param("id", id)
			.query(LocalDate.class).single();
		YearMonth firstPaid = YearMonth.from(decided).plusMonths(1);

		assertThat(client.page("jiedao", "/dibao/cases/" + id)).contains("print-approval").doesNotContain("print-rejection");
		long audit = client.auditRows(id);
		String notice = client.page("jiedao", "/dibao/cases/" + id + "/print/approval");
		assertThat(notice).contains("最低生活保障审核确认通知书").contains("通知甲").contains(client.householdNo(f[0]))
			.contains("洪苑");
		assertThat(ProcedureDeadlinesIntegrationTests.row(notice, "approval-facts")).isNotNull();
		assertThat(between(notice, "approval-covered")).isEqualTo("3");
		assertThat(between(notice, "approval-amount")).isEqualTo("2.00 元/月");
		assertThat(between(notice, "approval-first-month"))
			.isEqualTo(firstPaid.getYear() + "年" + firstPaid.getMonthValue() + "月");
		assertThat(between(notice, "approval-basis")).contains("民发〔2021〕57号").contains("632.00 元/人·月");
		assertThat(notice).contains("街道办事处").contains("（盖章）")
			.contains(decided.getYear() + "年" + decided.getMonthValue() + "月" + decided.getDayOfMonth() + "日")
			.contains("print-sheet").contains("data-print");
		// never an ID number, an income, or the other members' names
		assertThat(ID_NUMBER.matcher(notice).find()).isFalse();
		assertThat(notice).doesNotContain("1500.00").doesNotContain("394.00").doesNotContain("1894")
			.doesNotContain("通知甲妻").doesNotContain("通知甲子");
		assertThat(client.auditRows(id)).isEqualTo(audit + 1);
		assertThat(client.jdbc.sql("select summary from audit_entry where module = 'assistance' and action = 'PRINT' "
				+ "and object_id = :id").param("id", String.valueOf(id)).query(String.class).list())
			.anyMatch(s -> s.contains("审核确认通知书"));
		// the rejection notice does not exist for a confirmed case
		assertThat(status("chief", "/dibao/cases/" + id + "/print/rejection")).isEqualTo(400);
	}

	@Test
	void theRejectionNoticeGivesTheReasonsAndTheWaysToObject() throws Exception {
		long[] f = client.family("通知乙");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "3000", f[2], "WAGES", "1234.56");
		assertThat(client.act("chief", id, "reject", "comment", "家庭月人均收入超过当地低保标准")).isEqualTo(302);
		assertThat(client.page("chief", "/dibao/cases/" + id)).contains("print-rejection").doesNotContain("print-approval");

		String notice = client.page("chief", "/dibao/cases/" + id + "/print/rejection");
		assertThat(notice).contains("最低生活保障不予确认通知书").contains("通知乙").contains(client.householdNo(f[0]));
		assertThat(between(notice, "rejection-reason")).isEqualTo("家庭月人均收入超过当地低保标准");
		assertThat(between(notice, "rejection-remedy")).contains("申请复查").contains("行政复议").contains("行政诉讼");
		assertThat(notice).contains("（盖章）").contains("街道办事处");
		assertThat(ID_NUMBER.matcher(notice).find()).isFalse();
		assertThat(notice).doesNotContain("3000.00").doesNotContain("1234.56").doesNotContain("通知乙妻");
		assertThat(status("chief", "/dibao/cases/" + id + "/print/approval")).isEqualTo(400);
	}

	@Test
	void onlyTheStreetPrintsAndOnlyInScope() throws Exception {
		long[] f = client.family("通知丙");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "3000");
		client.act("chief", id, "reject", "comment", "收入超标");
		for (String kind : new String[] { "approval", "rejection" }) {
			String url = "/dibao/cases/" + id + "/print/" + kind;
			// another community's caseworker: 404; the case's own community caseworker: 403
			assertThat(status("xindian", url)).isEqualTo(404);
			assertThat(status("hongyuan", url)).isEqualTo(403);
			assertThat(status("admin", url)).isEqualTo(403);
			assertThat(status("chief", "/dibao/cases/999999999/print/" + kind)).isEqualTo(404);
		}
		assertThat(status("jiedao", "/dibao/cases/" + id + "/print/rejection")).isEqualTo(200);
		assertThat(client.page("hongyuan", "/dibao/cases/" + id)).doesNotContain("print-rejection");
	}

	/** The text of the element with this id (its first text node, trimmed). */
	static String between(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isGreaterThan(0);
		int open = page.indexOf('>', start) + 1;
		return page.substring(open, page.indexOf('<', open)).strip();
	}

}
