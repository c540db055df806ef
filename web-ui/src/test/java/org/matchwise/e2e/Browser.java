package org.matchwise.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver; nothing is downloaded. Locations can be changed
 * with {@code MATCHWISE_CHROMIUM} and {@code MATCHWISE_CHROMEDRIVER}.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = envOr("MATCHWISE_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = envOr("MATCHWISE_CHROMEDRIVER", "/usr/bin/chromedriver");

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Path profile;

    public Browser() throws Exception {
        profile = Files.createTempDirectory("mw-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        // the console (CSP violations, script errors) can be read with console()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // asks every 100 ms (Selenium's default is 500 ms: on average 250 ms lost on each of hundreds of waits)
        wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100));
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /**
     * For a browser test's {@code @BeforeAll}: skips the class where Debian's Chromium or chromedriver is missing,
     * except under {@code CI=true}, where a missing browser is an error.
     */
    public static void requireOrSkip() {
        if (!available() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but Chromium or chromedriver is missing: " + CHROMIUM
                    + ", " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(available(), "Debian chromium and chromium-driver are not installed");
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void signIn(String baseUrl, String email, String password) {
        driver.get(baseUrl + "/login");
        WebElement user = waitFor(By.cssSelector("input[name='username']"));
        user.sendKeys(email);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.sendKeys(password);
        pass.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** Waits until the page left a URL containing {@code part} (after a sign-in, say). */
    public void waitForUrlNot(String part) {
        wait.until(d -> !d.getCurrentUrl().contains(part));
    }

    /**
     * Clicks the button labelled {@code button} in the row of a Vaadin grid that shows {@code rowText} (a grid's
     * cells are light-DOM elements slotted into its shadow rows, so the row is found through the slots).
     */
    public void clickInGridRow(String rowText, String button) {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                const [text, label] = arguments;
                for (const cell of document.querySelectorAll('vaadin-grid-cell-content')) {
                  if (!cell.textContent.includes(text) || !cell.assignedSlot) continue;
                  const row = cell.assignedSlot.closest('tr');
                  for (const slot of row.querySelectorAll('slot')) {
                    for (const el of slot.assignedElements()) {
                      const b = [...el.querySelectorAll('vaadin-button')].find(x => x.textContent.trim() === label);
                      if (b) { b.click(); return true; }
                    }
                  }
                }
                return false;""", rowText, button)));
    }

    /** Confirms the open confirm dialog. */
    public void confirm() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                const b = document.querySelector('vaadin-confirm-dialog [slot="confirm-button"]')
                  || [...document.querySelectorAll('vaadin-confirm-dialog-overlay [slot="confirm-button"]')][0];
                if (b) { b.click(); return true; }
                return false;""")));
    }

    /** The browser console's messages since the last call (level and text), e.g. CSP violations. */
    public java.util.List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
