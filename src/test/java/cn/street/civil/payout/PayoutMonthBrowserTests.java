package cn.street.civil.payout;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.street.civil.browser.Browser;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One month end to end in Chromium, as the street caseworker and the chief live it: generate → what changed →
 * the checks → submit → the chief returns it → generated again → approved → the bank file downloaded and read →
 * the 花名册 printed → the bank's result with two refused lines imported → a 补发 batch → approved → the 月报 with
 * its trend chart.
 */
@IntegrationTest
class PayoutMonthBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	PayoutTestClient client;

	@AfterEach
	void resetClock() {
		client.clock.reset();
	}

	@Test
	void oneMonthFromTheRosterToTheReport() throws Exception {
		YearMonth month = client.monthAhead(50);
		switchTo("jiedao", "/payouts");
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.getElementById('gen-month').value = arguments[0];", month.toString());
		browser.find("#generate-form button[type=submit]").click();
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("batch-state")));
		assertThat(browser.find("#batch-state").getText()).isEqualTo("草稿");
		assertThat(browser.find("#flash-success").getText()).contains("已生成");
		long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/payouts/(\\d+).*", "$1"));
		BigDecimal total = client.total(id);
		assertThat(browser.find("#total-amount").getText()).isEqualTo(money(total));
		browser.screenshot("payout-batch-lines");

		browser.find("#view-changes").click();
		browser.waitFor(ExpectedConditions.attributeContains(By.id("view-changes"), "class", "active"));
		assertThat(browser.find("#lines").getText()).contains("新增");
		browser.find("#view-checks").click();
		browser.waitFor(ExpectedConditions.attributeContains(By.id("view-checks"), "class", "active"));
		browser.screenshot("payout-batch-checks");

		// lines without a payout account (households other tests registered) get one, as the community would
		client.registerMissingAccounts(id);
		browser.open(port, "/payouts/" + id);
		submitConfirmed("#submit-form");
		assertThat(browser.find("#batch-state").getText()).isEqualTo("待审批");

		switchTo("chief", "/payouts/" + id);
		browser.find("#return-form input[name=comment]").sendKeys("请核对本月新增户的账户");
		browser.find("#return-form button[type=submit]").click();
		browser.waitFor(ExpectedConditions.textToBe(By.id("batch-state"), "已退回"));

		switchTo("jiedao", "/payouts/" + id);
		assertThat(browser.find("#return-comment").getText()).contains("请核对本月新增户的账户");
		submitConfirmed("#regenerate-form");
		assertThat(browser.find("#batch-state").getText()).isEqualTo("草稿");
		submitConfirmed("#submit-form");

		switchTo("chief", "/payouts/" + id);
		browser.find("#approve-form input[name=comment]").sendKeys("同意发放");
		submitConfirmed("#approve-form");
		assertThat(browser.find("#batch-state").getText()).isEqualTo("已审批");
		assertThat(browser.find("#approved-by").getText()).contains("chief");

		// the bank file, as the browser downloads it
		switchTo("jiedao", "/payouts/" + id);
		String href = browser.find("#bank-file-csv").getAttribute("href");
		Object csv = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);""", href);
		String[] rows = csv.toString().replace("\uFEFF", "").split("\\r?\\n");
		long lines = client.jdbc.sql("select count(*) from payout_line where batch_id = :b").param("b", id)
			.query(Long.class).single();
		assertThat(rows[0]).contains("序号").contains("银行账号").contains("金额");
		assertThat(rows).hasSize((int) lines + 2);
		assertThat(rows[rows.length - 1]).startsWith("\"总笔数\",\"" + lines + "\",\"总金额\"")
			.contains("\"" + total.toPlainString() + "\"");

		// the 花名册 of one community
		browser.find("#roster-link").click();
		browser.find("#roster-communities a").click();
		assertThat(browser.find("#roster").getText()).contains("花名册").contains("本页小计").contains("制表人")
			.contains("审核人").contains("负责人");
		browser.screenshot("payout-roster");

		// the bank's answer: two lines refused
		List<Map<String, Object>> paid = client.jdbc.sql("""
				select line_no, coalesce(account_holder, payee_name) as name, amount from payout_line
				where batch_id = :b order by line_no""").param("b", id).query().listOfRows();
		List<List<String>> result = new ArrayList<>();
		for (Map<String, Object> line : paid) {
			int no = ((Number) line.get("line_no")).intValue();
			boolean refused = no == 2 || no == 5;
			result.add(List.of(String.valueOf(no), (String) line.get("name"),
					((BigDecimal) line.get("amount")).toPlainString(), refused ? "失败" : "成功",
					refused ? "户名不符" : "", "", refused ? "" : LocalDate.now(client.clock).toString()));
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		XlsxExport.template(file, "回盘", List.of("序号", "姓名", "金额", "结果", "失败原因", "银行流水号", "入账日期"), result);
		Path upload = Files.createTempFile("bank-result-", ".xlsx");
		Files.write(upload, file.toByteArray());
		browser.open(port, "/payouts/" + id);
		browser.find("#bank-result-link").click();
		browser.find("#result-file").sendKeys(upload.toAbsolutePath().toString());
		browser.find("#result-form button[type=submit]").click();
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
		assertThat(browser.find("#flash-success").getText()).contains("失败 2 笔");

		// 补发 of the two refused lines, preset from the result
		browser.find("#supplement-link").click();
		assertThat(browser.find("#lines").getAttribute("value")).contains("2 ").contains("5 ");
		browser.find("#reason").sendKeys("银行退回：户名不符，已更正");
		browser.find("#supplement-form button[type=submit]").click();
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("original-link")));
		long backPay = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/payouts/(\\d+).*", "$1"));
		assertThat(browser.find("#line-count").getText()).isEqualTo("2");
		submitConfirmed("#submit-form");
		switchTo("chief", "/payouts/" + backPay);
		submitConfirmed("#approve-form");
		assertThat(browser.find("#batch-state").getText()).isEqualTo("已审批");

		// the 月报 of the month, with its trend
		browser.open(port, "/payouts/report?month=" + month);
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("report-heading"), month.toString()));
		assertThat(browser.find("#total-DIBAO").getText()).contains(money(total));
		Object datasets = browser.waitFor(d -> ((JavascriptExecutor) d).executeScript("""
				var chart = window.Chart && Chart.getChart(document.getElementById('trend-chart'));
				return chart ? chart.data.datasets.length : null;"""));
		assertThat(((Number) datasets).intValue()).isPositive();
		browser.screenshot("payout-month-report");
	}

	private void submitConfirmed(String form) {
		browser.find(form + " button[type=submit]").click();
		browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
	}

	private void switchTo(String username, String path) {
		browser.clearCookies();
		browser.open(port, "/login");
		browser.logIn(username, DemoUsers.PASSWORD);
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		browser.open(port, path);
	}

	private static String money(BigDecimal amount) {
		return new java.text.DecimalFormat("#,##0.00").format(amount);
	}

}
