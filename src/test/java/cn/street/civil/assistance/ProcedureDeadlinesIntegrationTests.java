package cn.street.civil.assistance;

import java.util.List;

import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static cn.street.civil.assistance.ProcedureTestDays.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines in working days around 国庆 2026 (the demo standards: 确认 10, 告知 3, 总时限 30 working days), on the
 * case page and in the list's 已超期 filter. Expected due dates counted by hand from the 2026 schedule.
 */
@IntegrationTest
class ProcedureDeadlinesIntegrationTests extends AtStandard {

	ProcedureDeadlinesIntegrationTests() {
		super("632", RoundingRule.CEIL_YUAN);
	}

	@Test
	void theConfirmationDeadlineRunsTenWorkingDaysPastTheNoticeAcrossNationalDay() throws Exception {
		today(clock, "2026-09-24");
		long[] f = client.family("限时甲");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		// 总时限: 30 working days after Thursday 9.24 — 9.25–27 中秋, 9.28–30 (3), 10.1–7 国庆, 10.8, 9, 10 (Sat),
		// 12–16, 19–23, 26–30 (21), 11.2–6 (26), 11.9–12 (30) → 11.12
		String applied = client.page("hongyuan", "/dibao/cases/" + id);
		assertThat(row(applied, "deadline-TOTAL")).contains("2026-09-24").contains("2026-11-12");

		client.investigate("hongyuan", id, f[1], "WAGES", "1500", f[2], "TRANSFER", "394");
		assertThat(client.act("jiedao", id, "review", "comment", "拟同意")).isEqualTo(302);
		assertThat(client.act("jiedao", id, "notice")).isEqualTo(302);
		// notice 9.24–9.30 (over on 10.1); 10 working days after 9.30: 10.8, 9, 10, 12, 13, 14, 15, 16, 19, 20
		String onNotice = client.page("jiedao", "/dibao/cases/" + id);
		String confirmation = row(onNotice, "deadline-CONFIRMATION");
		assertThat(confirmation).contains("2026-09-30").contains("2026-10-20")
			// from 9.24: 9.28, 29, 30 and the ten above
			.contains("剩余 13 个工作日");

		today(clock, "2026-10-20");
		assertThat(row(client.page("jiedao", "/dibao/cases/" + id), "deadline-CONFIRMATION")).contains("今日到期");
		assertThat(overdueList("jiedao", f[0])).doesNotContain("case-" + id + "\"");

		today(clock, "2026-10-21");
		String late = client.page("jiedao", "/dibao/cases/" + id);
		assertThat(row(late, "deadline-CONFIRMATION")).contains("已超期 1 个工作日").contains("text-bg-danger");
		assertThat(row(late, "deadline-TOTAL")).contains("2026-11-12").doesNotContain("已超期");
		String list = overdueList("jiedao", f[0]);
		assertThat(list).contains("id=\"case-" + id + "\"").contains("已超期");
		// the same family's list without the filter marks it too
		assertThat(client.page("jiedao", "/dibao/cases?q=" + client.householdNo(f[0]))).contains("badge text-bg-danger overdue");

		// confirmed (late): no deadline runs any more and the filter drops it
		assertThat(client.act("chief", id, "confirm", "comment", "同意")).isEqualTo(302);
		assertThat(client.page("chief", "/dibao/cases/" + id)).doesNotContain("id=\"deadlines\"");
		assertThat(overdueList("chief", f[0])).doesNotContain("id=\"case-" + id + "\"");
	}

	@Test
	void theWrittenRejectionNoticeIsDueOnTheWorkingSaturdayAndStopsWhenRecorded() throws Exception {
		today(clock, "2026-09-28");
		long[] f = client.family("限时乙");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		client.investigate("hongyuan", id, f[1], "WAGES", "3000");
		today(clock, "2026-09-30");
		assertThat(client.act("chief", id, "reject", "comment", "家庭月人均收入超过低保标准")).isEqualTo(302);
		// 3 working days after Wednesday 9.30: 10.8, 10.9, 10.10 (Saturday, 调休上班)
		assertThat(row(client.page("jiedao", "/dibao/cases/" + id), "deadline-REJECTION_NOTICE")).contains("2026-10-10")
			.contains("剩余 3 个工作日");

		today(clock, "2026-10-10");
		assertThat(row(client.page("jiedao", "/dibao/cases/" + id), "deadline-REJECTION_NOTICE")).contains("今日到期");
		assertThat(overdueList("jiedao", f[0])).doesNotContain("id=\"case-" + id + "\"");
		today(clock, "2026-10-12");
		assertThat(row(client.page("jiedao", "/dibao/cases/" + id), "deadline-REJECTION_NOTICE")).contains("已超期 1 个工作日");
		assertThat(overdueList("jiedao", f[0])).contains("id=\"case-" + id + "\"");

		// the community caseworker may not record the delivery; a stale version changes nothing
		assertThat(client.act("hongyuan", id, "rejection-notified")).isEqualTo(403);
		long version = client.version(id);
		assertThat(client.act("jiedao", id, version - 1, "rejection-notified")).isEqualTo(409);
		long timeline = client.timelineSize(id);
		assertThat(client.act("jiedao", id, version, "rejection-notified", "comment", "2026-10-12 当面送达")).isEqualTo(302);
		assertThat(client.timelineSize(id)).isEqualTo(timeline + 1);
		assertThat(client.state(id)).isEqualTo("REJECTED");
		String page = client.page("jiedao", "/dibao/cases/" + id);
		assertThat(page).doesNotContain("deadline-REJECTION_NOTICE").contains("当面送达").doesNotContain("action-NOTIFY_REJECTION");
		assertThat(overdueList("jiedao", f[0])).doesNotContain("id=\"case-" + id + "\"");
		// recorded once: a second time is refused with a message, nothing is added
		String again = client.body("jiedao", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/dibao/cases/{id}/rejection-notified", id)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", String.valueOf(client.version(id))));
		assertThat(again).contains("本案已记录书面告知");
		assertThat(client.timelineSize(id)).isEqualTo(timeline + 1);
		assertThat(client.auditRows(id)).isEqualTo(client.timelineSize(id));
	}

	@Test
	void recordingTheRejectionNoticeIsRefusedInTheWrongStateAndOutOfScope() throws Exception {
		long[] f = client.family("限时丙");
		long id = client.apply("hongyuan", f[0], f[1], List.of(f[1], f[2], f[3]));
		long timeline = client.timelineSize(id);
		assertThat(client.act("jiedao", id, "rejection-notified")).isEqualTo(400);
		assertThat(client.act("xindian", id, "rejection-notified")).isEqualTo(404);
		assertThat(client.timelineSize(id)).isEqualTo(timeline);
	}

	/** The list filtered to 已超期, narrowed to one family by its 户号. */
	private String overdueList(String user, long household) throws Exception {
		return client.page(user, "/dibao/cases?overdue=true&q=" + client.householdNo(household));
	}

	/** The HTML of the table row with this id. */
	static String row(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("row " + id).isGreaterThan(0);
		return page.substring(start, page.indexOf("</tr>", start));
	}

}
