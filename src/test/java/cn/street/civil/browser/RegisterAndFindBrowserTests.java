package cn.street.civil.browser;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's golden path in Chromium: a community caseworker registers a household, adds two
 * members (one typo in the 身份证号 first, corrected after the Chinese message), and finds the
 * household again by a member's last four ID digits.
 */
@IntegrationTest
class RegisterAndFindBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void caseworkerRegistersAHouseholdWithThreeMembersAndFindsItByLastFourDigits() {
		browser.open(port, "/login");
		browser.clearCookies();
		browser.open(port, "/login");
		browser.logIn("shijiyuan", DemoUsers.PASSWORD);
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		WebDriver driver = browser.driver();

		browser.open(port, "/households/new");
		driver.findElement(By.id("address")).sendKeys("济南市历下区世纪园小区8号楼2单元301");
		driver.findElement(By.id("headName")).sendKeys("孔德明");
		String headId = TestIds.next(true);
		driver.findElement(By.id("headIdNumber")).sendKeys(headId);
		driver.findElement(By.id("headPhone")).sendKeys("13805310001");
		click(By.id("household-submit"));
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("household-no")));
		String householdNo = driver.findElement(By.id("household-no")).getText();
		assertThat(driver.findElement(By.id("flash-success")).getText()).contains("新户已登记");

		addMember("曹秀兰", TestIds.withBadCheckDigit(TestIds.next(false)), "配偶");
		assertThat(browser.find(".invalid-feedback").getText()).contains("身份证号校验位不正确");
		assertThat(browser.find("#form-errors").getText()).contains("身份证号校验位不正确");
		browser.screenshot("member-wrong-id");
		String spouseId = TestIds.next(false);
		driver.findElement(By.id("idNumber")).clear();
		driver.findElement(By.id("idNumber")).sendKeys(spouseId);
		assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("曹秀兰");
		click(By.id("member-submit"));
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));

		String childId = TestIds.next(true);
		addMember("孔小川", childId, "子女");
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
		assertThat(driver.findElements(By.cssSelector("#members tbody tr"))).hasSize(3);
		assertThat(driver.getPageSource()).doesNotContain(childId);
		browser.screenshot("household-detail");

		browser.open(port, "/households");
		driver.findElement(By.id("q")).sendKeys(childId.substring(14));
		driver.findElement(By.id("search-submit")).click();
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("households"), householdNo));
		assertThat(driver.findElement(By.id("households")).getText()).contains("孔德明")
			.contains(headId.substring(0, 6) + "********" + headId.substring(14));
		browser.screenshot("household-search");
	}

	/**
	 * Scrolls the element into view and clicks it. Headless Chromium's visible area is shorter than the
	 * 768 px it reports, so a plain click on a button near the bottom can land outside it.
	 */
	private void click(By by) {
		WebElement element = browser.driver().findElement(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
	}

	private void addMember(String name, String idNumber, String relationLabel) {
		WebDriver driver = browser.driver();
		click(By.id("add-member"));
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("member-form")));
		driver.findElement(By.id("name")).sendKeys(name);
		driver.findElement(By.id("idNumber")).sendKeys(idNumber);
		new Select(driver.findElement(By.id("relation"))).selectByVisibleText(relationLabel);
		click(By.id("member-submit"));
	}

}
