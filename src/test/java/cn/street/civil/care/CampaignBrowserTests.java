package cn.street.civil.care;

import java.util.List;

import cn.street.civil.browser.Browser;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
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
 * A 春节 campaign in Chromium at 1366×768: the chief opens it and generates the list, the caseworkers of 洪苑 and
 * 世纪园 each record the visit in their own community (and see only it), the chief completes it and prints the
 * sign-off sheet (screenshots in {@code target/browser-screenshots}).
 */
@IntegrationTest
class CampaignBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	CareTestClient care;

	@Test
	void openGenerateVisitInTwoCommunitiesCompleteAndPrint() throws Exception {
		Object[] hongyuan = care.family("hongyuan", "春节甲");
		care.recipient("hongyuan", (String) hongyuan[3], "WAR_PARTICIPANT");
		Object[] shijiyuan = care.family("shijiyuan", "春节乙");
		care.recipient("shijiyuan", (String) shijiyuan[4], "MARTYR_FAMILY");
		WebDriver driver = browser.driver();

		// 科长: 开启 and 生成名单
		logIn("chief");
		browser.open(port, "/care/campaigns");
		click(By.id("new-campaign"));
		browser.find("#campaign-form");
		new Select(driver.findElement(By.id("kind"))).selectByValue("SPRING_FESTIVAL");
		setValue(By.id("year"), "2093");
		setValue(By.id("standardCash"), "500");
		click(By.id("open-campaign"));
		assertThat(browser.find("h1").getText()).contains("2093年春节走访慰问").contains("进行中");
		String campaignPath = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/care/campaigns/"));
		long campaign = Long.parseLong(campaignPath.substring("/care/campaigns/".length()));
		click(By.id("generate"));
		assertThat(browser.find("#flash-success").getText()).contains("已生成走访名单");
		Long visitA = care.visitOf(campaign, (long) hongyuan[0]);
		Long visitB = care.visitOf(campaign, (long) shijiyuan[0]);
		assertThat(visitA).isNotNull();
		assertThat(visitB).isNotNull();
		// the other households of the street (demo and other tests) the chief takes off the list
		care.removeAllBut(campaign, List.of((long) hongyuan[0], (long) shijiyuan[0]));
		browser.open(port, campaignPath);
		assertThat(browser.find("#progress-total").getText()).contains("2").contains("0%");

		// 洪苑: cash at the standard
		switchTo("hongyuan", campaignPath);
		assertThat(driver.findElements(By.id("visit-" + visitB))).as("another community's household").isEmpty();
		click(By.id("record-" + visitA));
		browser.find("#visit-form");
		setValue(By.id("visitors"), "张专干、社区书记");
		click(By.id("visit-submit"));
		assertThat(browser.find("#flash-success").getText()).contains("已登记走访");
		assertThat(browser.find("#visit-" + visitA).getText()).contains("张专干").contains("500.00");

		// 世纪园: goods instead of cash
		switchTo("shijiyuan", campaignPath);
		assertThat(driver.findElements(By.id("visit-" + visitA))).isEmpty();
		click(By.id("record-" + visitB));
		browser.find("#visit-form");
		setValue(By.id("visitors"), "王专干");
		setValue(By.id("cash"), "0");
		setValue(By.id("goods"), "米面油、春联");
		setValue(By.id("goodsValue"), "180");
		click(By.id("visit-submit"));
		assertThat(browser.find("#visit-" + visitB).getText()).contains("米面油、春联").contains("180.00");

		// 科长: progress of both, complete, print
		switchTo("chief", campaignPath);
		assertThat(browser.find("#progress-total").getText()).contains("100%").contains("500.00").contains("180.00");
		browser.screenshot("care-campaign-progress");
		click(By.id("close-campaign"));
		browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
		assertThat(browser.find("#campaign-state").getText()).isEqualTo("已完成");
		assertThat(driver.findElements(By.id("campaign-actions"))).isEmpty();
		click(By.id("print-campaign"));
		WebElement sheet = browser.find("#campaign-sheet");
		assertThat(sheet.getText()).contains("2093年春节走访慰问签收表").contains("春节甲").contains("春节乙妻")
			.contains("合计 2 户，已走访 2 户").contains("500.00").contains("签收").contains("街道负责人");
		assertThat(driver.getPageSource()).doesNotContainPattern("\\d{17}[\\dX]");
		browser.screenshot("care-campaign-sheet");
		Number width = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(width.intValue()).as("fits 1366 px without a horizontal scroll bar").isLessThanOrEqualTo(1366);
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
		WebElement element = browser.find("#" + by.toString().substring("By.id: ".length()));
		element.clear();
		element.sendKeys(value);
	}

	/** Clicks through JavaScript after scrolling into view (headless Chromium's visible area is short). */
	private void click(By by) {
		WebElement element = browser.waitFor(ExpectedConditions.presenceOfElementLocated(by));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
	}

}
