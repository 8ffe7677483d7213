package cn.street.civil.browser;

import java.util.List;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role logs in through the real login page in Chromium, sees exactly the navigation its role
 * allows (三员分立 made visible), sees its role in the header, and logs out again.
 */
@IntegrationTest
class LoginNavigationBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@BeforeEach
	void startLoggedOut() {
		browser.open(port, "/login");
		browser.clearCookies();
		browser.open(port, "/login");
	}

	@ParameterizedTest(name = "{0} ({1}) sees {2}")
	@CsvSource(delimiter = ';', textBlock = """
			admin;    系统管理员; 首页|工作日历|账号管理|社区管理|审计日志
			auditor;  审计员;     首页|审计日志
			chief;    科长;       首页|户籍台账|人员查询|政策标准|工作日历|低保|低保边缘|调标批次|特困供养|残疾人|优抚|养老服务|月度发放
			jiedao;   街道经办人; 首页|户籍台账|人员查询|政策标准|工作日历|低保|低保边缘|调标批次|特困供养|残疾人|优抚|养老服务|月度发放
			hongyuan; 社区专干;   首页|户籍台账|人员查询|政策标准|工作日历|低保|低保边缘|特困供养|残疾人|优抚|养老服务|月度发放
			""")
	void eachRoleSeesItsOwnNavigationAndLogsOut(String username, String roleLabel, String expectedLinks) {
		browser.logIn(username, DemoUsers.PASSWORD);

		WebElement currentUser = browser.find("#current-user");
		assertThat(browser.driver().getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
		assertThat(currentUser.getText()).contains(roleLabel);

		List<String> expected = List.of(expectedLinks.split("\\|"));
		assertThat(navigationLinks()).as("navigation of %s", username).containsExactlyElementsOf(expected);
		List<String> all = List.of("户籍台账", "人员查询", "政策标准", "工作日历", "低保", "低保边缘", "调标批次", "特困供养", "残疾人", "优抚", "养老服务", "月度发放",
				"账号管理", "社区管理", "审计日志");
		for (String link : all) {
			boolean shown = !browser.driver().findElements(By.linkText(link)).isEmpty();
			assertThat(shown).as("link %s for %s", link, username).isEqualTo(expected.contains(link));
		}
		assertThat(browser.driver().findElement(By.linkText("修改密码")).isDisplayed()).isTrue();
		if (username.equals("chief")) {
			browser.screenshot("home-chief");
		}

		browser.driver().findElement(By.xpath("//button[normalize-space()='退出登录']")).click();

		browser.waitFor(ExpectedConditions.urlContains("/login?logout"));
		assertThat(browser.find("#login-submit").isDisplayed()).isTrue();
		assertThat(browser.driver().getPageSource()).contains("您已安全退出");
		assertThat(browser.driver().findElements(By.id("current-user"))).isEmpty();
	}

	@Test
	void wrongPasswordShowsTheChineseError() {
		browser.logIn("xizhou", "Wrong@2026");

		WebElement error = browser.find("#login-error");
		assertThat(error.getText()).contains("用户名或密码错误");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/login?error");
		assertThat(browser.driver().findElements(By.id("current-user"))).isEmpty();
	}

	private List<String> navigationLinks() {
		return browser.driver()
			.findElements(By.cssSelector("header .navbar-nav a.nav-link"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.map(String::strip)
			.toList();
	}

}
