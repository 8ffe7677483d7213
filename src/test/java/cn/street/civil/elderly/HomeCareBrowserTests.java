package cn.street.civil.elderly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import cn.street.civil.browser.Browser;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A home-care order in Chromium from dispatch to the provider's settlement: the community caseworker plans the visit,
 * dispatches it to a worker, records check-in and check-out (a check-out before the item's minimum first), has the
 * elder confirm; the street caseworker prepares the month's settlement; the chief confirms the dialog and approves.
 */
@IntegrationTest
class HomeCareBrowserTests {

	private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ElderlyTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Standards standards;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void dispatchCheckOutAndSettlement() throws Exception {
		YearMonth month = YearMonth.from(LocalDate.now(clock));
		client.post("jiedao", "/elderly/home-care/providers", "name", "浏览器服务商", "contact", "赵经理", "phone", "0531-88990011");
		long provider = jdbc.sql("select id from home_care_provider where name = '浏览器服务商'").query(Long.class).single();
		client.post("jiedao", "/elderly/home-care/providers/" + provider + "/workers", "name", "浏览器护理员", "phone", "13900002222");
		client.post("jiedao", "/elderly/home-care/items", "code", "B_CLEAN", "name", "浏览器助洁", "hourlyPrice", "40.00",
				"minMinutes", "60");
		long[] e = client.elder("hongyuan", "浏览器老人", LocalDate.of(1942, 2, 2), true);
		client.post("hongyuan", "/elderly/persons/" + e[1] + "/assessments", "level", "SEVERE", "assessedOn",
				LocalDate.now(clock).toString(), "assessor", "评估中心");
		client.post("hongyuan", "/elderly/home-care/entitlements/" + e[1], "kind", "LOW_COST", "providerId",
				String.valueOf(provider), "fromMonth", month.toString(), "reason", "重度失能");
		LocalDateTime later = month.plusMonths(1).atDay(10).atTime(10, 0);
		clock.advance(Duration.between(LocalDateTime.now(clock).atZone(OFFICE), later.atZone(OFFICE)));

		logIn("hongyuan");
		browser.open(port, "/elderly/persons/" + e[1]);
		assertThat(browser.find("#home-care-part").getText()).contains("低偿").contains("浏览器服务商");
		click(By.linkText("服务资格与工单"));
		click(By.id("plan-order"));
		new Select(browser.find("#itemId")).selectByVisibleText("浏览器助洁（40.00 元/小时，至少 60 分钟）");
		setValue("plannedStart", month.atDay(3).atTime(9, 0).toString());
		setValue("plannedMinutes", "90");
		click(By.id("plan"));
		assertThat(browser.find("#flash-success").getText()).contains("已新建工单");

		new Select(browser.find("#dispatch-form select")).selectByVisibleText("浏览器护理员");
		click(By.id("dispatch"));
		assertThat(browser.find("#order-status").getText()).isEqualTo("已派单");
		setValue("check-in-at", month.atDay(3).atTime(9, 0).toString());
		click(By.id("check-in"));
		assertThat(browser.find("#order-status").getText()).isEqualTo("服务中");
		setValue("check-out-at", month.atDay(3).atTime(9, 40).toString());
		click(By.id("check-out"));
		assertThat(browser.find("#form-errors").getText()).contains("服务时长 40 分钟，不足“浏览器助洁”的最短时长 60 分钟");
		browser.screenshot("home-care-check-out-refused");
		setValue("check-out-at", month.atDay(3).atTime(10, 30).toString());
		click(By.id("check-out"));
		BigDecimal amount = new BigDecimal("40.00").multiply(BigDecimal.valueOf(90)).divide(BigDecimal.valueOf(60), 2,
				RoundingMode.HALF_UP);
		BigDecimal elder = amount.multiply(standards.ratio(StandardParameter.HOME_CARE_COPAY_SHARE, null, month))
			.setScale(2, RoundingMode.HALF_UP);
		assertThat(browser.find("#minutes").getText()).isEqualTo("90");
		assertThat(browser.find("#amount").getText()).startsWith(amount.toPlainString())
			.contains("个人负担 " + elder.toPlainString());
		browser.find("#signer").sendKeys("浏览器老人");
		click(By.id("confirm"));
		assertThat(browser.find("#order-status").getText()).isEqualTo("老人已确认");

		browser.clearCookies();
		logIn("jiedao");
		browser.open(port, "/elderly/home-care/settlements");
		new Select(browser.find("#prepare-form select")).selectByVisibleText("浏览器服务商");
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.querySelector('#prepare-form input[name=month]').value = arguments[0];", month.toString());
		click(By.id("prepare"));
		assertThat(browser.find("#settlement-status").getText()).isEqualTo("待科长审批");
		assertThat(browser.find("#total-amount").getText()).isEqualTo(amount.toPlainString());
		assertThat(browser.find("#total-elder").getText()).isEqualTo(elder.toPlainString());
		String sheet = browser.driver().getCurrentUrl();

		browser.clearCookies();
		logIn("chief");
		browser.driver().get(sheet);
		click(By.id("approve"));
		browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
		assertThat(browser.find("#flash-success").getText()).contains("已批准结算单");
		assertThat(browser.find("#settlement-status").getText()).isEqualTo("已批准");
		assertThat(browser.find("#approved-by").getText()).isEqualTo("chief");
		browser.screenshot("home-care-settlement-approved");
	}

	private void logIn(String username) {
		browser.open(port, "/login");
		browser.logIn(username, DemoUsers.PASSWORD);
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
				id, value);
	}

	private void click(By by) {
		WebElement element = browser.driver().findElement(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
	}

}
