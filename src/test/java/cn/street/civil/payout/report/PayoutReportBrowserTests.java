package cn.street.civil.payout.report;

import cn.street.civil.browser.Browser;
import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 月报 in Chromium: from the batch list to the report, a month chosen in the filter, the figures of January 2000
 * ({@link ReportFixture}) and the trend chart drawn by Chart.js from the page's JSON under the Content-Security-Policy.
 */
@IntegrationTest
class PayoutReportBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CommunityDirectory communities;

	@Test
	void theChiefReadsTheMonthlyReportWithItsTrend() {
		ReportFixture.ensure(jdbc, accounts, communities);
		browser.open(port, "/login");
		browser.logIn("chief", DemoUsers.PASSWORD);
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		browser.open(port, "/payouts");
		browser.find("#report-link").click();
		browser.find("#payout-report");
		((JavascriptExecutor) browser.driver())
			.executeScript("document.querySelector('#report-filter input[name=month]').value = '2000-01';");
		browser.find("#report-filter button[type=submit]").click();
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("report-heading"), "2000-01"));

		assertThat(browser.find("#total-DIBAO").getText()).contains("2,650.11").contains("331.26");
		assertThat(browser.find("#report-approved-only").getText()).contains("只统计已审批的发放批次").contains("户籍人口");
		Object datasets = browser.waitFor(d -> ((JavascriptExecutor) d).executeScript("""
				var chart = window.Chart && Chart.getChart(document.getElementById('trend-chart'));
				return chart ? chart.data.datasets.length : null;"""));
		assertThat(((Number) datasets).intValue()).as("bars and lines per programme").isGreaterThanOrEqualTo(4);
		Object last = ((JavascriptExecutor) browser.driver())
			.executeScript("return Chart.getChart(document.getElementById('trend-chart')).data.datasets[0].data[11];");
		assertThat(String.valueOf(last)).isEqualTo("2650.11");
		browser.screenshot("payout-report");
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('trend-chart').scrollIntoView({block: 'center'});");
		browser.screenshot("payout-report-trend");
	}

}
