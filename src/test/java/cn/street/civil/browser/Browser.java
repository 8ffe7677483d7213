package cn.street.civil.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Debian Chromium driven by Selenium, one per test class. Register it as
 * {@code @RegisterExtension static final Browser browser = new Browser();}.
 * <p>
 * Starts {@code /usr/bin/chromedriver} and {@code /usr/bin/chromium} explicitly (STACK.md), so Selenium
 * Manager never downloads anything. When either is absent every test of the class is skipped with the
 * reason, except under {@code CI=true}, where the class fails: CI must install them ({@code .ci/run}
 * does). On a
 * failed test a screenshot is saved as {@code target/browser-screenshots/<Test>-<method>.png}.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestWatcher {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	static final Duration WAIT = Duration.ofSeconds(15);

	/** Selenium 4.43 warns that it has no CDP bindings for Chromium 156; harmless, so silenced. */
	private static final List<Logger> QUIET = List.of(
			Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

	static {
		QUIET.forEach(logger -> logger.setLevel(Level.OFF));
		System.setProperty("SE_OFFLINE", "true");
	}

	private ChromeDriverService service;

	private ChromeDriver driver;

	private Path profileDir;

	private String skipReason;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		String missing = missingBinaries();
		if (missing != null) {
			String reason = "Browser tests need Debian chromium and chromedriver (" + missing + " not found). "
					+ "Install: apt-get install -y chromium chromium-driver fonts-wqy-microhei";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				System.err.println("[browser] FAIL under CI=true: " + reason);
				throw new IllegalStateException("CI=true: " + reason);
			}
			System.err.println("[browser] skipping " + context.getDisplayName() + ": " + reason);
			// Aborted per test rather than per class, so the skips are counted and show the reason.
			skipReason = reason;
			return;
		}
		profileDir = Files.createTempDirectory("civil-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + profileDir);
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withSilent(true)
			.build();
		try {
			driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (skipReason != null) {
			Assumptions.abort(skipReason);
		}
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (driver == null) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
				+ invocationSuffix(context.getUniqueId());
		try {
			Path file = screenshot(name);
			System.err.println("[browser] " + name + " failed at " + driver.getCurrentUrl() + "; screenshot: "
					+ file.toAbsolutePath());
		}
		catch (RuntimeException ex) {
			System.err.println("[browser] could not save a screenshot for " + name + ": " + ex);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	public WebDriver driver() {
		if (driver == null) {
			throw new IllegalStateException("The browser is not running (no test class started it)");
		}
		return driver;
	}

	/** Opens a path of the application under test, e.g. {@code open(port, "/login")}. */
	public void open(int port, String path) {
		driver().get("http://localhost:" + port + path);
	}

	/** Forgets the session, so the next test starts logged out. */
	public void clearCookies() {
		driver().manage().deleteAllCookies();
	}

	public WebElement find(String cssSelector) {
		return waitFor(d -> d.findElement(By.cssSelector(cssSelector)));
	}

	public <T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver(), WAIT).until(condition);
	}

	/** Fills in the login form already open and submits it. */
	public void logIn(String username, String password) {
		find("#username").clear();
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("#login-submit").click();
	}

	/** Saves what the browser shows as {@code target/browser-screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.move(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String missingBinaries() {
		if (!Files.isExecutable(CHROMIUM) && !Files.isExecutable(CHROMEDRIVER)) {
			return CHROMIUM + " and " + CHROMEDRIVER;
		}
		if (!Files.isExecutable(CHROMIUM)) {
			return CHROMIUM.toString();
		}
		if (!Files.isExecutable(CHROMEDRIVER)) {
			return CHROMEDRIVER.toString();
		}
		return null;
	}

	/** "-2" for the second invocation of a parameterized test, "" otherwise. */
	private static String invocationSuffix(String uniqueId) {
		Matcher matcher = Pattern.compile("test-template-invocation:#(\\d+)\\]$").matcher(uniqueId);
		return matcher.find() ? "-" + matcher.group(1) : "";
	}

	private void close() {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			driver = null;
			if (service != null && service.isRunning()) {
				service.stop();
			}
			service = null;
			deleteQuietly(profileDir);
			profileDir = null;
		}
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("[browser] could not delete " + dir + ": " + ex);
		}
	}

}
