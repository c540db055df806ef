package org.matchwise.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Takes the README's screenshots of the advisor's workspace from a running app (see docs/screenshots.sh, which
 * starts one with the demo cohort): signs in as the demo advisor and writes worklist.png (1280 px) and
 * worklist-phone.png (390 px), notification-settings.png, dashboard.png (the whole dashboard), dashboard-tablet.png
 * (800 px wide) and list.png, then as the demo applicant applicant-home.png, applicant-home-phone.png (390 px) and
 * my-progress-phone.png (390 px, the entry lists as cards)
 * into MATCHWISE_SCREENSHOTS_DIR. Runs only when
 * MATCHWISE_SCREENSHOTS_URL names the app.
 */
@Tag("screenshots")
@EnabledIfEnvironmentVariable(named = "MATCHWISE_SCREENSHOTS_URL", matches = ".+")
class Screenshots {

    @Test
    void take_the_dashboard_and_list_screenshots() throws Exception {
        String base = System.getenv("MATCHWISE_SCREENSHOTS_URL");
        Path dir = Path.of(System.getenv().getOrDefault("MATCHWISE_SCREENSHOTS_DIR", "docs/screenshots"));
        Files.createDirectories(dir);
        try (Browser browser = new Browser()) {
            browser.signIn(base, "advisor@demo.example", "demo-advisor");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "What needs doing"));
            browser.waitFor(By.cssSelector(".mw-worklist-list"));
            fullHeight(browser, 1280, ".mw-worklist", 4000);
            save(browser, dir.resolve("worklist.png"));
            fullHeight(browser, 390, ".mw-worklist", 6000);
            save(browser, dir.resolve("worklist-phone.png"));
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
            browser.driver.get(base + "/settings/notifications");
            browser.waitFor(By.cssSelector(".mw-settings"));
            Thread.sleep(1000);
            save(browser, dir.resolve("notification-settings.png"));
            browser.driver.get(base + "/dashboard");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Caseload dashboard"));
            browser.waitFor(By.cssSelector(".mw-chart svg"));
            fullHeight(browser, 1280, ".mw-dashboard");
            save(browser, dir.resolve("dashboard.png"));
            fullHeight(browser, 800, ".mw-dashboard");
            save(browser, dir.resolve("dashboard-tablet.png"));

            browser.driver.manage().window().setSize(new Dimension(1280, 900));
            browser.driver.get(base + "/applicants?category=LIMITED_USCE");
            browser.waitFor(By.cssSelector("vaadin-grid"));
            browser.wait.until(ExpectedConditions.textMatches(By.cssSelector(".mw-count"), java.util.regex.Pattern.compile("[1-9]")));
            Thread.sleep(1500);
            save(browser, dir.resolve("list.png"));
        }
        try (Browser browser = new Browser()) {
            browser.signIn(base, "applicant@demo.example", "demo-applicant");
            browser.waitFor(By.cssSelector(".mw-home"));
            fullHeight(browser, 1280, ".mw-home", 8000);
            save(browser, dir.resolve("applicant-home.png"));
            fullHeight(browser, 390, ".mw-home", 8000);
            save(browser, dir.resolve("applicant-home-phone.png"));
            // "My progress" on a phone: the shared entry editors show each entry as a card with its action
            browser.driver.get(base + "/my/progress");
            browser.waitFor(By.cssSelector(".mw-entry-card"));
            fullHeight(browser, 390, "vaadin-tabsheet", 5000);
            save(browser, dir.resolve("my-progress-phone.png"));
        }
    }

    /**
     * How many pixels of the page are still hidden below the window: the most any scrolling part (the page, the app
     * layout's content area, the element {@code arguments[0]} names and its descendants) could still scroll, plus
     * what lies below the window's bottom of that element's own content.
     */
    private static final String HIDDEN = """
            let hidden = 0;
            const measure = x => {
              if (x.scrollHeight > x.clientHeight + 1) {
                const overflow = getComputedStyle(x).overflowY;
                if (overflow === 'auto' || overflow === 'scroll' || x === document.scrollingElement) {
                  hidden = Math.max(hidden, x.scrollHeight - x.clientHeight - x.scrollTop);
                }
              }
            };
            const e = document.querySelector(arguments[0]);
            [document.scrollingElement, e, ...e.querySelectorAll('*')].forEach(measure);
            const layout = document.querySelector('vaadin-app-layout');
            if (layout && layout.shadowRoot) {
              layout.shadowRoot.querySelectorAll('*').forEach(measure);
            }
            hidden = Math.max(hidden, e.getBoundingClientRect().top + e.scrollHeight - window.innerHeight);
            return hidden;
            """;

    /** Makes the window as tall as the content, so the whole screen is in one picture. */
    private static void fullHeight(Browser browser, int width, String selector) throws InterruptedException {
        fullHeight(browser, width, selector, 8000);
    }

    /**
     * Makes the window {@code width} wide and taller until nothing of the page is hidden below it ({@link #HIDDEN}),
     * at most {@code max} high; measured again after each step, since a taller window can lay the content out anew.
     */
    private static void fullHeight(Browser browser, int width, String selector, int max) throws InterruptedException {
        int height = 900;
        browser.driver.manage().window().setSize(new Dimension(width, height));
        for (int i = 0; i < 6 && height < max; i++) {
            Thread.sleep(1000);
            int hidden = ((Number) ((JavascriptExecutor) browser.driver).executeScript(HIDDEN, selector)).intValue();
            if (hidden <= 0) {
                break;
            }
            height = Math.min(max, height + hidden + 24);
            browser.driver.manage().window().setSize(new Dimension(width, height));
        }
        Thread.sleep(1000);
    }

    private static void save(Browser browser, Path file) throws Exception {
        byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
    }
}
