package cn.street.civil.standard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Four eyes on the 政策标准: a street caseworker (jiedao) proposes, the chief approves or rejects. Each test works on
 * its own item and months from 2031 on, so the tests (and the demo months other tests look up) do not meet.
 */
@IntegrationTest
class StandardProposalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Standards standards;

	@Autowired
	Clock clock;

	@Test
	void anApprovedChangeClosesThePreviousValueAndAPendingOneChangesNothing() throws Exception {
		long id = propose("jiedao", "TEKUN_CARE_AMOUNT.FULL_CARE", "2031-03", "650", "济民发〔2030〕9号");
		assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("created_by", "jiedao");
		assertThat(fullCare(2031, 3)).isEqualTo(new BigDecimal("600.00"));

		mvc.perform(get("/").with(users.as("chief"))).andExpect(content().string(containsString("待审批的政策标准调整")));
		mvc.perform(get("/").with(users.as("jiedao"))).andExpect(content().string(not(containsString("待审批的政策标准调整"))));
		mvc.perform(get("/standards/proposals").with(users.as("chief")))
			.andExpect(content().string(allOf(containsString("特困照料护理标准（全护理）"), containsString("650.00 元/人·月"),
					containsString("600.00 元/人·月"), containsString("济民发〔2030〕9号"), containsString("刘经办"))));
		mvc.perform(get("/standards/proposals/{id}", id).with(users.as("chief")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("自2031年3月起，特困照料护理标准（全护理）为 650.00 元/人·月"),
					containsString("现行值 600.00 元/人·月（2025年1月起，济民发〔2024〕21号）截止到2031年2月"),
					containsString("id=\"approve\""), containsString("data-confirm"))));

		approve("chief", id, 0).andExpect(status().isFound())
			.andExpect(redirectedUrl("/standards/proposals"))
			.andExpect(flash().attribute("success", "standard.flash.approved"));

		assertThat(row(id)).containsEntry("status", "APPROVED").containsEntry("decided_by", "chief");
		assertThat(row(id).get("valid_to")).isNull();
		Map<String, Object> previous = jdbc.sql("""
				select * from standard_value where parameter = 'TEKUN_CARE_AMOUNT' and dimension = 'FULL_CARE'
				  and valid_from = date '2025-01-01'
				""").query().singleRow();
		assertThat(previous.get("valid_to").toString()).isEqualTo("2031-03-01");
		assertThat(fullCare(2031, 2)).isEqualTo(new BigDecimal("600.00"));
		assertThat(fullCare(2031, 3)).isEqualTo(new BigDecimal("650.00"));
		assertThat(auditActions(id)).containsExactly("PROPOSE", "APPROVE");

		mvc.perform(get("/standards/TEKUN_CARE_AMOUNT").with(users.as("hongyuan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2025年1月 至 2031年2月"), containsString("2031年3月起"),
					containsString("王科长（chief）"), containsString("刘经办（jiedao）"), containsString("济民发〔2030〕9号"))));
	}

	@Test
	void approvingTwiceChangesNothingTheSecondTimeAndOfTwoConcurrentApprovalsOneWins() throws Exception {
		long id = propose("jiedao", "TEKUN_CARE_AMOUNT.SELF_CARE", "2031-04", "120", "济民发〔2030〕10号");
		Callable<Integer> approval = () -> approve("chief", id, 0).andReturn().getResponse().getStatus();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Integer> outcomes = new ArrayList<>();
		try {
			List<Future<Integer>> both = List.of(pool.submit(() -> {
				start.await();
				return approval.call();
			}), pool.submit(() -> {
				start.await();
				return approval.call();
			}));
			start.countDown();
			for (Future<Integer> f : both) {
				outcomes.add(f.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(outcomes).containsExactlyInAnyOrder(302, 409);
		Map<String, Object> approved = row(id);

		// the form sent again (browser back, resend): stale version → 409, nothing changes
		approve("chief", id, 0).andExpect(status().isConflict())
			.andExpect(content().string(containsString("数据已被他人修改")));
		// with the current version: refused, already decided
		long version = (Long) approved.get("version");
		approve("chief", id, version).andExpect(status().isOk())
			.andExpect(content().string(containsString("该调整已处理（已批准），不能再次审批或修改")));

		assertThat(row(id)).isEqualTo(approved);
		assertThat(auditActions(id)).containsExactly("PROPOSE", "APPROVE");
		assertThat(jdbc.sql("""
				select count(*) from standard_value where parameter = 'TEKUN_CARE_AMOUNT' and dimension = 'SELF_CARE'
				  and status = 'APPROVED' and valid_to is null
				""").query(Long.class).single()).isEqualTo(1);
		assertThat(standards.money(StandardParameter.TEKUN_CARE_AMOUNT, "SELF_CARE", YearMonth.of(2031, 4)))
			.isEqualTo(new BigDecimal("120.00"));
	}

	@Test
	void aStaleVersionIsRefusedWith409() throws Exception {
		long id = propose("jiedao", "TEKUN_CARE_AMOUNT.PARTIAL_CARE", "2031-05", "320", "济民发〔2030〕11号");
		// the chief opens the review page (version 0); meanwhile the proposer corrects the value
		mvc.perform(post("/standards/proposals/{id}", id).with(users.as("jiedao"))
			.with(csrf())
			.param("validFrom", "2031-05")
			.param("value", "330")
			.param("note", "济民发〔2030〕11号")
			.param("version", "0")).andExpect(status().isFound()).andExpect(redirectedUrl("/standards/proposals/" + id));
		assertThat(row(id).get("money")).isEqualTo(new BigDecimal("330.00"));

		approve("chief", id, 0).andExpect(status().isConflict())
			.andExpect(content().string(containsString("数据已被他人修改")));
		reject("chief", id, 0, "金额有误").andExpect(status().isConflict());
		assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("version", 1L);
		assertThat(auditActions(id)).containsExactly("PROPOSE", "REVISE");
		assertThat(standards.money(StandardParameter.TEKUN_CARE_AMOUNT, "PARTIAL_CARE", YearMonth.of(2031, 5)))
			.isEqualTo(new BigDecimal("300.00"));
	}

	@Test
	void theProposerCanNeverApproveNotEvenAfterBecomingChief() throws Exception {
		String username = "std-promoted-" + System.nanoTime() % 100000;
		jdbc.sql("""
				insert into account (username, display_name, password_hash, role, must_change_password,
				                     created_at, created_by, updated_at, updated_by)
				values (:u, '临时经办', '{noop}unused', 'STREET_CASEWORKER', false, now(), 'test', now(), 'test')
				""").param("u", username).update();
		long id = propose(username, "PHASE_OUT_MONTHS", "2031-06", "3", "济民发〔2030〕12号");
		jdbc.sql("update account set role = 'CHIEF' where username = :u").param("u", username).update();

		mvc.perform(get("/standards/proposals/{id}", id).with(users.as(username)))
			.andExpect(content().string(allOf(containsString("这是您提出的调整，须由他人审批"), not(containsString("id=\"approve\"")))));
		approve(username, id, 0).andExpect(status().isOk())
			.andExpect(content().string(containsString("不能审批自己提出的调整（须由他人审批）")));
		reject(username, id, 0, "撤回").andExpect(status().isOk())
			.andExpect(content().string(containsString("不能审批自己提出的调整（须由他人审批）")));
		assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("version", 0L);
		assertThat(standards.integer(StandardParameter.PHASE_OUT_MONTHS, null, YearMonth.of(2031, 6))).isEqualTo(6);

		// and the database refuses it too
		assertThatThrownBy(() -> jdbc.sql("""
				update standard_value set status = 'APPROVED', decided_by = created_by, decided_by_name = 'x',
				    decided_at = now() where id = :id
				""").param("id", id).update()).hasMessageContaining("standard_value_four_eyes");
	}

	@Test
	void aStreetCaseworkerCannotApproveAndACommunityCaseworkerOnlyReads() throws Exception {
		long id = propose("jiedao", "TOTAL_DEADLINE_DAYS", "2031-07", "25", "济民发〔2030〕13号");
		approve("jiedao", id, 0).andExpect(status().isForbidden());
		reject("jiedao", id, 0, "不同意").andExpect(status().isForbidden());
		approve("hongyuan", id, 0).andExpect(status().isForbidden());

		mvc.perform(get("/standards").with(users.as("hongyuan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("城镇低保标准"), not(containsString("id=\"new-proposal\"")))));
		mvc.perform(get("/standards/proposals/{id}", id).with(users.as("hongyuan")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"approve\""))));
		mvc.perform(get("/standards/proposals/new").param("item", "PUBLICITY_DAYS").with(users.as("hongyuan")))
			.andExpect(status().isForbidden());
		long before = count();
		mvc.perform(post("/standards/proposals").with(users.as("hongyuan"))
			.with(csrf())
			.param("item", "PUBLICITY_DAYS")
			.param("validFrom", "2031-07")
			.param("value", "5")
			.param("note", "社区提议")).andExpect(status().isForbidden());
		mvc.perform(post("/standards/proposals").with(users.as("chief"))
			.with(csrf())
			.param("item", "PUBLICITY_DAYS")
			.param("validFrom", "2031-07")
			.param("value", "5")
			.param("note", "科长提议")).andExpect(status().isForbidden());
		mvc.perform(post("/standards/proposals/{id}", id).with(users.as("hongyuan"))
			.with(csrf())
			.param("validFrom", "2031-07")
			.param("value", "20")
			.param("note", "x")
			.param("version", "0")).andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(before);
		assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("whole_number", 25);
	}

	@Test
	void theFormRefusesBadInputWithEveryReasonAtOnceAndStoresNothing() throws Exception {
		long before = count();
		YearMonth current = YearMonth.now(clock);
		String page = mvc.perform(post("/standards/proposals").with(users.as("jiedao"))
			.with(csrf())
			.param("item", "DIBAO_STANDARD.URBAN")
			.param("validFrom", current.minusMonths(1).toString())
			.param("value", "330.555")
			.param("note", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("起始月份不能早于本月（" + current.getYear() + "年" + current.getMonthValue() + "月）")
			.contains("请输入金额（元），最多两位小数，如 330 或 330.50")
			.contains("请填写文号，如 济民发〔2026〕1号")
			.contains("城镇低保标准");

		assertThat(formErrors("DIBAO_STANDARD.RURAL", "2031年13月", "-5")).contains("起始月份格式应为“年-月”，如 2027-01")
			.contains("请输入金额（元）");
		assertThat(formErrors("DIBAO_STANDARD.RURAL", "2031-01", "0")).contains("标准值必须大于 0");
		assertThat(formErrors("EDGE_INCOME_MULTIPLIER", "2031-01", "abc")).contains("请输入倍数，最多四位小数，如 1.5");
		assertThat(formErrors("PUBLICITY_DAYS", "2031-01", "7.5")).contains("请输入正整数");
		assertThat(formErrors("DIBAO_ROUNDING", "2031-01", "ROUND_DOWN")).contains("请选择一项");
		assertThat(formErrors("PUBLICITY_DAYS", current.plusYears(11).toString(), "7")).contains("起始月份不能晚于");
		assertThat(formErrors("PUBLICITY_DAYS", "", "")).contains("请填写起始月份").contains("请填写标准值");
		assertThat(count()).isEqualTo(before);

		// full-width digits and the unit typed along are fine; a second proposal for the same month is refused
		long id = propose("jiedao", "DIBAO_STANDARD.RURAL", "２０３３－０２", "３５０元", "济民发〔2032〕1号");
		assertThat(row(id)).containsEntry("money", new BigDecimal("350.00"));
		assertThat(row(id).get("valid_from").toString()).isEqualTo("2033-02-01");
		assertThat(formErrors("DIBAO_STANDARD.RURAL", "2033-02", "360")).contains("2033年2月起的调整已有一条待审批（提出人 刘经办）");
	}

	@Test
	void aRejectionNeedsAReasonAndLeavesTheStandardsAlone() throws Exception {
		long id = propose("jiedao", "REJECTION_NOTICE_DAYS", "2031-08", "5", "济民发〔2030〕14号");
		reject("chief", id, 0, "  ").andExpect(status().isOk()).andExpect(content().string(containsString("请填写驳回原因")));
		assertThat(row(id)).containsEntry("status", "PENDING");

		reject("chief", id, 0, "与上级文件不一致").andExpect(status().isFound())
			.andExpect(flash().attribute("success", "standard.flash.rejected"));
		assertThat(row(id)).containsEntry("status", "REJECTED").containsEntry("rejection_reason", "与上级文件不一致");
		assertThat(standards.integer(StandardParameter.REJECTION_NOTICE_DAYS, null, YearMonth.of(2031, 8))).isEqualTo(3);
		assertThat(auditActions(id)).containsExactly("PROPOSE", "REJECT");
		mvc.perform(get("/standards/REJECTION_NOTICE_DAYS").with(users.as("jiedao")))
			.andExpect(content().string(allOf(containsString("已驳回"), containsString("与上级文件不一致"))));
		// a rejected proposal is not approved later
		approve("chief", id, 1).andExpect(content().string(containsString("该调整已处理（已驳回）")));
		assertThat(row(id)).containsEntry("status", "REJECTED");
	}

	@Test
	void anApprovedRowIsNeverChangedExceptThatALaterApprovalClosesIt() throws Exception {
		long id = propose("jiedao", "CONFIRMATION_DEADLINE_DAYS", "2031-09", "8", "济民发〔2030〕15号");
		approve("chief", id, 0).andExpect(status().isFound());
		Map<String, Object> approved = row(id);

		// no route changes it: the proposal's edit form and update refuse, there is no delete
		mvc.perform(get("/standards/proposals/{id}/edit", id).with(users.as("jiedao")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该调整已处理（已批准）")));
		mvc.perform(post("/standards/proposals/{id}", id).with(users.as("jiedao"))
			.with(csrf())
			.param("validFrom", "2031-09")
			.param("value", "9")
			.param("note", "改")
			.param("version", String.valueOf(approved.get("version")))).andExpect(status().isBadRequest());
		assertThat(row(id)).isEqualTo(approved);

		// nor does the database, whoever connects: no new value, no reopening or extending a closed period, no delete
		long closed = jdbc.sql("""
				select id from standard_value where parameter = 'CONFIRMATION_DEADLINE_DAYS' and valid_to = date '2031-09-01'
				""").query(Long.class).single();
		Map<String, Object> closedBefore = row(closed);
		assertThatThrownBy(() -> jdbc.sql("update standard_value set whole_number = 9 where id = :id").param("id", id).update())
			.hasMessageContaining("only closing the period of an approved row is allowed");
		assertThatThrownBy(() -> jdbc.sql("update standard_value set valid_to = null where id = :id")
			.param("id", closed)
			.update()).hasMessageContaining("only closing");
		assertThatThrownBy(() -> jdbc.sql("update standard_value set valid_to = date '2031-10-01' where id = :id")
			.param("id", closed)
			.update()).hasMessageContaining("only closing");
		assertThatThrownBy(() -> jdbc.sql("delete from standard_value where id = :id").param("id", id).update())
			.hasMessageContaining("never deleted");
		assertThat(row(id)).isEqualTo(approved);
		assertThat(row(closed)).isEqualTo(closedBefore);
	}

	@Test
	void aNewValueSupersedesAnApprovedOneBeforeItTakesEffectAndRunsUntilTheNextOne() throws Exception {
		// 单人保定额 has no value in the demo: the first row
		long first = propose("jiedao", "SINGLE_PERSON_AMOUNT.URBAN", "2032-05", "300", "济民发〔2031〕1号");
		mvc.perform(get("/standards/proposals/{id}", first).with(users.as("chief")))
			.andExpect(content().string(containsString("此前该项目没有有效值")));
		approve("chief", first, 0).andExpect(status().isFound());

		long correction = propose("jiedao", "SINGLE_PERSON_AMOUNT.URBAN", "2032-05", "310", "济民发〔2031〕2号");
		mvc.perform(get("/standards/proposals/{id}", correction).with(users.as("chief")))
			.andExpect(content().string(containsString("已批准但尚未生效的 300.00 元/人·月（2032年5月起，济民发〔2031〕1号）被取代")));
		approve("chief", correction, 0).andExpect(status().isFound());

		long earlier = propose("jiedao", "SINGLE_PERSON_AMOUNT.URBAN", "2032-02", "290", "济民发〔2031〕3号");
		mvc.perform(get("/standards/proposals/{id}", earlier).with(users.as("chief")))
			.andExpect(content().string(containsString("本次调整有效至2032年4月；2032年5月起为已批准的 310.00 元/人·月")));
		approve("chief", earlier, 0).andExpect(status().isFound());

		assertThat(row(first).get("valid_to").toString()).isEqualTo("2032-05-01");
		assertThat(row(earlier).get("valid_to").toString()).isEqualTo("2032-05-01");
		assertThat(row(correction).get("valid_to")).isNull();
		assertThatThrownBy(() -> single(2032, 1)).isInstanceOf(StandardMissingException.class)
			.hasMessage("2032年1月没有有效的『城镇单人保定额』，请先在政策标准中设置");
		assertThat(single(2032, 2)).isEqualTo(new BigDecimal("290.00"));
		assertThat(single(2032, 4)).isEqualTo(new BigDecimal("290.00"));
		assertThat(single(2032, 5)).isEqualTo(new BigDecimal("310.00"));
		assertThat(single(2040, 1)).isEqualTo(new BigDecimal("310.00"));
		mvc.perform(get("/standards/SINGLE_PERSON_AMOUNT").with(users.as("chief")))
			.andExpect(content().string(containsString("未生效（生效前已被新的调整取代）")));
	}

	@Test
	void thePagesShowTheChineseLabels() throws Exception {
		mvc.perform(get("/standards").with(users.as("jiedao")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("政策标准"), containsString("城镇低保标准"),
					containsString("农村低保标准"), containsString("330.00 元/人·月"), containsString("自2026年1月起"),
					containsString("四舍五入到分"), containsString("按标准补差"), containsString("1.5 倍（低保标准的）"),
					containsString("特困照料护理标准（半自理）"), containsString("集中供养"), containsString("7 天"),
					containsString("公示有异议时开展"), containsString("30 个工作日"), containsString("审核确认程序与时限"),
					containsString("id=\"new-proposal\""))));
		mvc.perform(get("/standards/DIBAO_STANDARD").with(users.as("chief")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("低保标准：调整记录"), containsString("2025年1月 至 2025年12月"),
					containsString("310.00 元/人·月"), containsString("济民发〔2025〕18号"), containsString("王科长（chief）"),
					containsString("已批准"))));
		mvc.perform(get("/standards/proposals/new").with(users.as("jiedao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择要调整的项目")));
		mvc.perform(get("/standards/proposals/new").param("item", "COMMUNITY_REVIEW_MODE").with(users.as("jiedao")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("提出调整：民主评议"), containsString("每案开展"),
					containsString("不开展"))));
		mvc.perform(get("/standards/NO_SUCH_PARAMETER").with(users.as("chief"))).andExpect(status().isNotFound());
		mvc.perform(get("/standards/proposals/999999999").with(users.as("chief"))).andExpect(status().isNotFound());
		mvc.perform(get("/").with(users.as("hongyuan"))).andExpect(content().string(containsString("/standards")));
	}

	@Test
	void aScriptInTheNoteComesBackEscaped() throws Exception {
		String xss = "\"><script>alert(1)</script>";
		long id = propose("jiedao", "DIBAO_STANDARD.URBAN", "2034-01", "400", xss);
		for (String url : List.of("/standards/proposals", "/standards/proposals/" + id, "/standards/DIBAO_STANDARD")) {
			mvc.perform(get(url).with(users.as("chief")))
				.andExpect(content().string(allOf(not(containsString(xss)), containsString("&lt;script&gt;"))));
		}
	}

	private long propose(String user, String item, String month, String value, String note) throws Exception {
		MvcResult result = mvc
			.perform(post("/standards/proposals").with(users.as(user))
				.with(csrf())
				.param("item", item)
				.param("validFrom", month)
				.param("value", value)
				.param("note", note))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "standard.flash.proposed"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/standards/proposals/");
		return Long.parseLong(location.substring("/standards/proposals/".length()));
	}

	private String formErrors(String item, String month, String value) throws Exception {
		return mvc
			.perform(post("/standards/proposals").with(users.as("jiedao"))
				.with(csrf())
				.param("item", item)
				.param("validFrom", month)
				.param("value", value)
				.param("note", "济民发〔2030〕1号"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private org.springframework.test.web.servlet.ResultActions approve(String user, long id, long version)
			throws Exception {
		return mvc.perform(post("/standards/proposals/{id}/approve", id).with(users.as(user))
			.with(csrf())
			.param("version", String.valueOf(version)));
	}

	private org.springframework.test.web.servlet.ResultActions reject(String user, long id, long version, String reason)
			throws Exception {
		return mvc.perform(post("/standards/proposals/{id}/reject", id).with(users.as(user))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("reason", reason));
	}

	private Map<String, Object> row(long id) {
		return jdbc.sql("select * from standard_value where id = :id").param("id", id).query().singleRow();
	}

	private List<String> auditActions(long id) {
		return jdbc.sql("select action from audit_entry where module = 'standard' and object_id = :id order by id")
			.param("id", String.valueOf(id))
			.query(String.class)
			.list();
	}

	private long count() {
		return jdbc.sql("select count(*) from standard_value").query(Long.class).single();
	}

	private BigDecimal fullCare(int year, int month) {
		return standards.money(StandardParameter.TEKUN_CARE_AMOUNT, "FULL_CARE", YearMonth.of(year, month));
	}

	private BigDecimal single(int year, int month) {
		return standards.money(StandardParameter.SINGLE_PERSON_AMOUNT, "URBAN", YearMonth.of(year, month));
	}

}
