package cn.street.civil.assistance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.browser.Browser;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 低保 case's whole path in Chromium at 1366×768, each step by the role that owns it, and the others not
 * offered it: the community caseworker applies and investigates, the street caseworker reviews and starts the
 * notice, an objection sends it back to a re-investigation and a second notice, the chief confirms after the
 * notice days, a review lowers the amount from a named month, and the chief terminates the case. The printed
 * notice sheet and the timeline are looked at (screenshots in {@code target/browser-screenshots}).
 */
@IntegrationTest
class DibaoPathBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	DibaoTestClient client;

	@Autowired
	StandInDibaoParameters parameters;

	@Autowired
	Clock clock;

	@AfterEach
	void resetClock() {
		((MutableClock) clock).reset();
	}

	@Test
	void applicationToTermination() throws Exception {
		parameters.set("330", RoundingRule.ROUND_HALF_UP_FEN, 7);
		long[] family = client.family("路保全");
		String householdNo = client.householdNo(family[0]);
		WebDriver driver = browser.driver();

		// 社区专干: 申请 (the whole co-resident family, the head applies)
		logIn("hongyuan");
		browser.open(port, "/dibao/cases/new?householdNo=" + householdNo);
		browser.find("#application-form");
		for (long person : List.of(family[1], family[2], family[3])) {
			check(By.id("covered-" + person));
		}
		click(By.cssSelector("input[name=applicantPersonId][value='" + family[1] + "']"));
		for (String material : DibaoTestClient.REQUIRED_MATERIALS) {
			check(By.id("material-" + material));
		}
		click(By.id("submit-application"));
		assertThat(browser.find("h1").getText()).contains(householdNo).contains("已申请");
		String casePath = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/dibao/cases/"));
		assertThat(driver.findElements(By.id("action-REVIEW"))).as("the community does not review").isEmpty();

		// 入户调查: the head earns 600 a month → 330 × 3 − 600 = 390.00
		investigate(casePath, "600");
		assertThat(browser.find("h1").getText()).contains("已调查");
		assertThat(driver.getPageSource()).contains("390.00");

		// 街道经办人: 审核, then 公示
		switchTo("jiedao", casePath);
		takeAction("REVIEW", "经审核，家庭月人均收入低于低保标准，拟予以保障");
		assertThat(browser.find("h1").getText()).contains("已审核");
		takeAction("NOTICE", null);
		assertThat(browser.find("h1").getText()).contains("公示中");

		// 社区专干: an objection during the notice, then the re-investigation (700 → 290.00)
		switchTo("hongyuan", casePath);
		assertThat(driver.findElements(By.id("action-CONFIRM"))).isEmpty();
		takeAction("OBJECT", "有居民反映户主另有打零工收入");
		assertThat(browser.find("h1").getText()).contains("公示有异议");
		investigate(casePath, "700");
		assertThat(driver.getPageSource()).contains("290.00");

		// 街道经办人: a new review and a second notice; the community's notice sheet
		switchTo("jiedao", casePath);
		takeAction("REVIEW", "重新调查后仍符合条件");
		takeAction("NOTICE", null);
		long community = client.jdbc.sql("select community_id from assistance_case where household_id = :h")
			.param("h", family[0])
			.query(Long.class)
			.single();
		browser.open(port, "/dibao/notice?communityId=" + community);
		String sheet = browser.find("#notice-rows").getText();
		assertThat(sheet).contains("路某").contains("3").contains("290.00").doesNotContain("路保全妻");
		assertThat(driver.getPageSource()).doesNotContainPattern("\\d{17}[\\dX]");
		browser.screenshot("dibao-notice-sheet");

		// 科长: not before the notice days are over; after them, 确认
		switchTo("chief", casePath);
		assertThat(driver.findElements(By.id("action-CONFIRM"))).as("notice still running").isEmpty();
		((MutableClock) clock).advance(Duration.ofDays(8));
		browser.open(port, casePath);
		takeAction("CONFIRM", "公示无异议，审核确认");
		assertThat(browser.find("h1").getText()).contains("保障中");
		YearMonth firstPaid = YearMonth.from(LocalDate.now(clock)).plusMonths(1);
		assertThat(client.jdbc.sql("select monthly_amount from assistance_case where household_id = :h and programme = 'DIBAO'")
			.param("h", family[0])
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("290.00");

		// 定期复核 by the community: the head now earns 800 → 190.00, 减发 from the month after the first paid one
		switchTo("hongyuan", casePath);
		click(By.id("start-review"));
		fillInvestigation("800");
		YearMonth effective = firstPaid.plusMonths(1);
		browser.find("#propose-form");
		new Select(driver.findElement(By.id("outcome"))).selectByValue("DECREASE");
		((JavascriptExecutor) driver).executeScript("document.getElementById('effectiveMonth').value = arguments[0];",
				effective.toString());
		driver.findElement(By.id("proposal")).sendKeys("户主收入增加，减发");
		click(By.cssSelector("#propose-form button[type=submit]"));
		String reviewPath = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/dibao/cases/"));
		assertThat(driver.findElements(By.id("decide-form"))).as("the caseworker does not decide").isEmpty();

		// 科长 decides the review: a dated change, the old amount stays for the months before
		switchTo("chief", reviewPath);
		click(By.cssSelector("#decide-form button[type=submit]"));
		acceptConfirm();
		browser.open(port, casePath);
		assertThat(browser.find("#changes").getText()).contains("190.00").contains("290.00");
		assertThat(browser.find("#monthly-amount").getText()).contains("190.00")
			.contains("自" + effective.getYear() + "年" + effective.getMonthValue() + "月起")
			.contains("此前每月 290.00 元");
		browser.screenshot("dibao-case-in-payment");

		// 科长: 终止 (本人申请退出)
		WebElement terminate = browser.find("#action-TERMINATE");
		new Select(terminate.findElement(By.name("reason"))).selectByValue("VOLUNTARY_EXIT");
		terminate.findElement(By.name("comment")).sendKeys("户主书面申请退出低保");
		click(By.cssSelector("#action-TERMINATE button[type=submit]"));
		acceptConfirm();
		assertThat(browser.find("h1").getText()).contains("已终止");
		String timeline = browser.find("#timeline").getText();
		assertThat(timeline).contains("申请").contains("入户调查").contains("审核").contains("公示").contains("异议")
			.contains("确认").contains("终止").contains("hongyuan").contains("jiedao").contains("chief");
		((JavascriptExecutor) driver).executeScript("document.getElementById('timeline').scrollIntoView();");
		browser.screenshot("dibao-timeline");
		Number width = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(width.intValue()).as("fits 1366 px without a horizontal scroll bar").isLessThanOrEqualTo(1366);
	}

	/** Opens the case's investigation form and records a visit with the head's monthly wages. */
	private void investigate(String casePath, String wages) {
		browser.open(port, casePath + "/investigation");
		fillInvestigation(wages);
	}

	private void fillInvestigation(String wages) {
		WebDriver driver = browser.driver();
		browser.find("#investigation-form");
		((JavascriptExecutor) driver).executeScript("document.getElementById('visitedOn').value = arguments[0];",
				LocalDate.now(clock).toString());
		setValue(By.name("investigators[0]"), "张调查");
		setValue(By.name("investigators[1]"), "李调查");
		new Select(driver.findElement(By.id("incomes0.kind"))).selectByValue("WAGES");
		setValue(By.id("incomes0.amount"), wages);
		setValue(By.id("conclusion"), "情况属实");
		click(By.cssSelector("#investigation-form button[type=submit]"));
		browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/investigation")));
	}

	/** Submits one of the case page's action forms (with its comment), answering the confirmation. */
	private void takeAction(String action, String comment) {
		WebElement form = browser.find("#action-" + action);
		if (comment != null) {
			form.findElement(By.name("comment")).sendKeys(comment);
		}
		click(By.cssSelector("#action-" + action + " button[type=submit]"));
		acceptConfirm();
		browser.find("h1");
	}

	private void acceptConfirm() {
		browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private void switchTo(String username, String path) {
		browser.clearCookies();
		logIn(username);
		browser.open(port, path);
	}

	private void logIn(String username) {
		browser.open(port, "/login");
		browser.logIn(username, DemoUsers.PASSWORD);
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private void setValue(By by, String value) {
		WebElement element = browser.driver().findElement(by);
		element.clear();
		element.sendKeys(value);
	}

	private void check(By by) {
		WebElement box = browser.driver().findElement(by);
		if (!box.isSelected()) {
			click(by);
		}
	}

	/** Clicks through JavaScript after scrolling into view (headless Chromium's visible area is short). */
	private void click(By by) {
		WebElement element = browser.driver().findElement(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
	}

}
