package cn.street.civil.payout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.street.civil.shared.excel.ImportLimits;
import cn.street.civil.shared.excel.ImportedRow;
import cn.street.civil.shared.excel.ImportedSheet;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.excel.XlsxImport;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What leaves an approved batch: the bank file (CSV with BOM and .xlsx, full numbers through the audited reveal,
 * its control total), the 花名册 per community, then the bank's result and the 补发 / 追回 batches. Totals: batch =
 * Σ lines = bank file control total = Σ 花名册.
 */
@IntegrationTest
class PayoutFilesIntegrationTests {

	@Autowired
	PayoutTestClient client;

	@org.junit.jupiter.api.AfterEach
	void resetClock() {
		client.clock.reset();
	}

	@Test
	void theBankFileCarriesEveryLineWithTheFullNumbersAndAControlTotalEqualToTheBatch() throws Exception {
		java.time.YearMonth month = client.monthAhead(21);
		java.util.Map<String, BigDecimal> expected = client.expected("DIBAO", month);
		long id = client.approved("DIBAO", month);
		assertThat(client.total(id)).isEqualByComparingTo(PayoutTestClient.sum(expected));
		BigDecimal total = client.total(id);
		long lines = lineCount(id);
		long reveals = audits("REVEAL");

		MockHttpServletResponse csv = download("jiedao", "/payouts/" + id + "/bank-file.csv");
		byte[] bytes = csv.getContentAsByteArray();
		assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
		assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
		assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
		List<String[]> rows = new ArrayList<>();
		for (String line : new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n")) {
			rows.add(line.substring(1, line.length() - 1).split("\",\"", -1));
		}
		assertThat(rows.get(0)).containsExactly("序号", "姓名（户名）", "身份证号", "银行名称", "银行账号", "金额（元）", "备注");
		assertThat(rows).hasSize((int) lines + 2);
		String[] control = rows.get(rows.size() - 1);
		assertThat(control[0]).isEqualTo("总笔数");
		assertThat(control[1]).isEqualTo(String.valueOf(lines));
		assertThat(control[2]).isEqualTo("总金额");
		assertThat(new BigDecimal(control[5])).isEqualByComparingTo(total);
		BigDecimal sum = BigDecimal.ZERO;
		for (String[] row : rows.subList(1, rows.size() - 1)) {
			String tail = client.jdbc.sql("select account_tail || ',' || payee_id_area || ',' || payee_id_tail from payout_line "
					+ "where batch_id = :b and line_no = :n").param("b", id).param("n", Integer.parseInt(row[0]))
				.query(String.class).single();
			String[] parts = tail.split(",");
			assertThat(row[4]).matches("\\d{16,19}").endsWith(parts[0]);
			assertThat(row[2]).hasSize(18).startsWith(parts[1]).endsWith(parts[2]);
			assertThat(row[6]).contains("最低生活保障");
			sum = sum.add(new BigDecimal(row[5]));
		}
		assertThat(sum).isEqualByComparingTo(total);
		assertThat(audits("REVEAL")).isEqualTo(reveals + 2);
		assertThat(audits("EXPORT_BANK_FILE")).isPositive();

		ImportedSheet xlsx = XlsxImport.read(new ByteArrayInputStream(
				download("chief", "/payouts/" + id + "/bank-file.xlsx").getContentAsByteArray()), ImportLimits.standard());
		assertThat(xlsx.rows()).hasSize((int) lines + 1);
		ImportedRow last = xlsx.rows().get(xlsx.rows().size() - 1);
		assertThat(last.get("序号")).isEqualTo("总笔数");
		assertThat(new BigDecimal(last.get("金额（元）"))).isEqualByComparingTo(total);

		// 花名册: one per community, the totals add up to the batch
		String index = client.page("jiedao", "/payouts/" + id + "/roster");
		Matcher communities = Pattern.compile("roster\\?community=(\\d+)").matcher(index);
		BigDecimal rosters = BigDecimal.ZERO;
		int printed = 0;
		while (communities.find()) {
			String roster = client.page("jiedao", "/payouts/" + id + "/roster?community=" + communities.group(1));
			assertThat(roster).contains("制表人").contains("审核人").contains("负责人").contains("本页小计")
				.doesNotContain(control[1] + "X");
			Matcher t = Pattern.compile("id=\"roster-total\">([0-9.]+)<").matcher(roster);
			assertThat(t.find()).isTrue();
			rosters = rosters.add(new BigDecimal(t.group(1)));
			printed++;
		}
		assertThat(printed).isGreaterThan(1);
		assertThat(rosters).isEqualByComparingTo(total);

		// and the 月报 of the month says the same, to the fen
		String report = client.page("chief", "/payouts/report?month=" + month);
		Matcher row = Pattern.compile("id=\"total-DIBAO\".*?</tr>", Pattern.DOTALL).matcher(report);
		assertThat(row.find()).isTrue();
		assertThat(row.group()).contains(new java.text.DecimalFormat("#,##0.00").format(total));
	}

	@Test
	void onlyTheStreetWritesABankFileAndOnlyOfAnApprovedBatch() throws Exception {
		long draft = client.generated("DIBAO", client.monthAhead(22));
		MockHttpServletResponse refused = client.mvc.perform(get("/payouts/{id}/bank-file.csv", draft)
			.with(client.users.as("jiedao"))).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("只有已审批的批次可以导出代发文件");
		assertThat(client.status("hongyuan", get("/payouts/{id}/bank-file.csv", draft))).isEqualTo(403);
		assertThat(client.status("admin", get("/payouts/{id}", draft))).isEqualTo(403);
		assertThat(client.status("auditor", get("/payouts"))).isEqualTo(403);
		assertThat(client.status("jiedao", get("/payouts/{id}", 99_999_999L))).isEqualTo(404);
	}

	@Test
	void aBankResultWithBadRowsIsReportedRowByRowAndChangesNothingThenTheRefusedLinesArePaidAgain() throws Exception {
		long id = client.approved("DIBAO", client.monthAhead(23));
		byte[] template = download("jiedao", "/payouts/" + id + "/bank-result/template").getContentAsByteArray();
		ImportedSheet sheet = XlsxImport.read(new ByteArrayInputStream(template), ImportLimits.standard());
		List<String> headers = sheet.headers();
		List<List<String>> rows = new ArrayList<>();
		for (ImportedRow row : sheet.rows()) {
			List<String> values = new ArrayList<>(headers.stream().map(row::get).toList());
			values.set(6, LocalDate.now(client.clock).toString());
			rows.add(values);
		}
		// two lines the bank refused
		rows.get(1).set(3, "失败");
		rows.get(1).set(4, "户名不符");
		rows.get(1).set(6, "");
		rows.get(3).set(3, "失败");
		rows.get(3).set(4, "账户冻结");
		rows.get(3).set(6, "");

		// first a file with a wrong amount and a missing line: nothing is imported
		List<List<String>> bad = new ArrayList<>(rows);
		List<String> wrongAmount = new ArrayList<>(bad.get(0));
		wrongAmount.set(2, "1.00");
		bad.set(0, wrongAmount);
		bad.remove(bad.size() - 1);
		String errors = upload(id, bad).getResponse().getContentAsString();
		assertThat(errors).contains("文件有以下问题，未导入任何数据").contains("第 2 行").contains("金额“1.00”")
			.contains("文件中缺少 1 笔");
		assertThat(results(id)).isZero();

		MvcResult imported = upload(id, rows);
		assertThat(imported.getResponse().getStatus()).isEqualTo(302);
		assertThat(results(id)).isEqualTo(rows.size());
		assertThat(client.jdbc.sql("select count(*) from payout_bank_result r join payout_line l on l.id = r.line_id "
				+ "where l.batch_id = :b and r.outcome = 'REFUSED'").param("b", id).query(Long.class).single()).isEqualTo(2);
		assertThat(client.page("jiedao", "/payouts/" + id + "?outcome=REFUSED")).contains("户名不符").contains("账户冻结");
		assertThat(upload(id, rows).getFlashMap().get("refusal").toString()).contains("不能重复导入");

		// 补发: the form comes preset with the refused lines
		String form = client.page("jiedao", "/payouts/" + id + "/supplements/new");
		String no2 = rows.get(1).get(0);
		String no4 = rows.get(3).get(0);
		assertThat(form).contains(no2 + " " + rows.get(1).get(2)).contains(no4 + " " + rows.get(3).get(2));
		MockHttpServletResponse created = client.mvc.perform(post("/payouts/{id}/supplements", id)
			.with(client.users.as("jiedao")).with(csrf()).param("kind", "BACK_PAY").param("reason", "银行退回，账户已更正")
			.param("lines", no2 + "\n" + no4)).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		long backPay = Long.parseLong(created.getRedirectedUrl().substring("/payouts/".length()));
		assertThat(client.total(backPay)).isEqualByComparingTo(
				new BigDecimal(rows.get(1).get(2)).add(new BigDecimal(rows.get(3).get(2))));
		assertThat(client.jdbc.sql("select count(*) from payout_line where batch_id = :b and original_line_id is not null")
			.param("b", backPay).query(Long.class).single()).isEqualTo(2);
		assertThat(PayoutTestClient.refusal(client.step("jiedao", backPay, "submit"))).isNull();
		assertThat(PayoutTestClient.refusal(client.step("chief", backPay, "approve"))).isNull();
		assertThat(client.page("jiedao", "/payouts/" + id)).contains("/payouts/" + backPay);
		// the same refused line is not paid twice
		String twice = client.mvc.perform(post("/payouts/{id}/supplements", id).with(client.users.as("jiedao"))
			.with(csrf()).param("kind", "BACK_PAY").param("reason", "再补").param("lines", no2))
			.andReturn().getResponse().getContentAsString();
		assertThat(twice).contains("序号 " + no2 + " 已有补发批次");

		// 追回: at most what was paid; a refused line was not paid at all
		String paidNo = rows.get(0).get(0);
		BigDecimal paid = new BigDecimal(rows.get(0).get(2));
		String tooMuch = client.mvc.perform(post("/payouts/{id}/supplements", id).with(client.users.as("jiedao"))
			.with(csrf()).param("kind", "RECOVERY").param("reason", "发放后得知已死亡")
			.param("lines", paidNo + " " + paid.add(BigDecimal.ONE) + "\n" + no4))
			.andReturn().getResponse().getContentAsString();
		assertThat(tooMuch).contains("序号 " + paidNo + " 最多可追回").contains("序号 " + no4 + " 银行未发放成功");
		MockHttpServletResponse recovery = client.mvc.perform(post("/payouts/{id}/supplements", id)
			.with(client.users.as("jiedao")).with(csrf()).param("kind", "RECOVERY").param("reason", "发放后得知已死亡")
			.param("lines", paidNo)).andReturn().getResponse();
		long recoveryId = Long.parseLong(recovery.getRedirectedUrl().substring("/payouts/".length()));
		assertThat(client.total(recoveryId)).isEqualByComparingTo(paid);
		assertThat(client.status("jiedao", get("/payouts/{id}/bank-file.csv", recoveryId))).isEqualTo(400);
		assertThat(client.step("jiedao", recoveryId, "discard").getResponse().getStatus()).isEqualTo(302);
		assertThat(client.jdbc.sql("select count(*) from payout_batch where id = :id").param("id", recoveryId)
			.query(Long.class).single()).isZero();
	}

	private MvcResult upload(long id, List<List<String>> rows) throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		XlsxExport.template(file, "回盘", List.of("序号", "姓名", "金额", "结果", "失败原因", "银行流水号", "入账日期"), rows);
		return client.mvc.perform(multipart("/payouts/{id}/bank-result", id)
			.file(new MockMultipartFile("file", "回盘.xlsx", "application/octet-stream", file.toByteArray()))
			.with(client.users.as("jiedao")).with(csrf())).andReturn();
	}

	private long results(long batch) {
		return client.jdbc.sql("select count(*) from payout_bank_result r join payout_line l on l.id = r.line_id "
				+ "where l.batch_id = :b").param("b", batch).query(Long.class).single();
	}

	private MockHttpServletResponse download(String user, String url) throws Exception {
		MockHttpServletResponse response = client.mvc.perform(get(url).with(client.users.as(user))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	private long lineCount(long batch) {
		return client.jdbc.sql("select count(*) from payout_line where batch_id = :b").param("b", batch)
			.query(Long.class).single();
	}

	private long audits(String action) {
		return client.jdbc.sql("select count(*) from audit_entry where action = :a").param("a", action)
			.query(Long.class).single();
	}

}
