package cn.street.civil.browser;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;

import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of the 农村低保标准 in Chromium: the street caseworker proposes it from the 政策标准 page (a wrong entry
 * first), the chief finds it among the to-dos, reads what approving would do, confirms the dialog and approves.
 */
@IntegrationTest
class StandardChangeBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Standards standards;

	@Test
	void aCaseworkerProposesAndTheChiefApproves() {
		YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusYears(9).withMonth(10);
		WebDriver driver = browser.driver();
		logIn("jiedao");
		driver.findElement(By.linkText("政策标准")).click();
		WebElement rural = browser.find("[id='item-DIBAO_STANDARD.RURAL']");
		assertThat(rural.getText()).contains("农村低保标准").contains("330.00 元/人·月");
		browser.screenshot("standards-list");
		rural.findElement(By.linkText("提出调整")).click();

		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("form-title"), "农村低保标准"));
		setMonth(YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1));
		driver.findElement(By.id("value")).sendKeys("三百五");
		click(By.id("proposal-submit"));
		assertThat(browser.find("#form-errors").getText()).contains("起始月份不能早于本月")
			.contains("请输入金额（元）")
			.contains("请填写文号");
		browser.screenshot("standard-form-errors");

		setMonth(month);
		driver.findElement(By.id("value")).clear();
		driver.findElement(By.id("value")).sendKeys("350");
		driver.findElement(By.id("note")).sendKeys("济民发〔2035〕3号");
		click(By.id("proposal-submit"));
		assertThat(browser.find("#flash-success").getText())
			.contains("已提交调整：农村低保标准自" + month.getYear() + "年10月起为 350.00 元/人·月");
		String review = driver.getCurrentUrl();

		browser.clearCookies();
		logIn("chief");
		driver.findElement(By.partialLinkText("待审批的政策标准调整")).click();
		browser.find("#proposals");
		driver.findElement(By.cssSelector("a[href='" + review.substring(review.indexOf("/standards")) + "']")).click();
		assertThat(browser.find("#proposal-effect").getText())
			.contains("现行值 330.00 元/人·月（2026年1月起，济民发〔2025〕18号）截止到" + month.getYear() + "年9月");
		browser.screenshot("standard-review");

		click(By.id("approve"));
		browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
		assertThat(browser.find("#flash-success").getText())
			.contains("已批准：农村低保标准自" + month.getYear() + "年10月起为 350.00 元/人·月");
		assertThat(standards.money(StandardParameter.DIBAO_STANDARD, "RURAL", month)).isEqualTo(new BigDecimal("350.00"));
		browser.open(port, "/standards/DIBAO_STANDARD");
		assertThat(browser.find("#history").getText()).contains("2026年1月 至 " + month.getYear() + "年9月")
			.contains(month.getYear() + "年10月起");
		browser.screenshot("standard-history");
		assertThat(standards.money(StandardParameter.DIBAO_STANDARD, "RURAL", month.minusMonths(1)))
			.isEqualTo(new BigDecimal("330.00"));
	}

	private void logIn(String username) {
		browser.open(port, "/login");
		browser.logIn(username, DemoUsers.PASSWORD);
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	/**
	 * Clicks a button near the bottom of the page (as RegisterAndFindBrowserTests does: headless Chromium's visible
	 * area is shorter than the 768 px it reports, so a plain click can land outside it).
	 */
	private void click(By by) {
		WebElement element = browser.driver().findElement(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
	}

	/** The month input's value as the browser's month picker sets it. */
	private void setMonth(YearMonth month) {
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('validFrom').value = arguments[0];",
				month.toString());
	}

}
