package org.matchwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Exports view in a real browser: start a cohort export, watch the progress bar, get the download link. */
@MatchwiseServerTest
@Tag("browser")
class ExportsEndToEndTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.matchwise.applicant.ApplicantService applicants;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    /** Two applicants of match year 2035, stored as the demo advisor, so the test needs no demo data. */
    private void cohortOf2035() {
        org.matchwise.AsUser.run(accounts, "advisor@demo.example", () -> {
            for (int i = 0; i < 2; i++) {
                applicants.create(org.matchwise.testing.ExampleCases.medPedsStep1Retake().profile().toBuilder()
                        .matchYear(2035).externalId("E2E-" + java.util.UUID.randomUUID()).build(), "advisor@demo.example");
            }
        });
    }

    @BeforeAll
    static void needsChromium() {
        Browser.requireOrSkip();
    }

    @Test
    void an_advisor_exports_a_cohort_watches_the_progress_bar_and_gets_a_download_link() throws Exception {
        cohortOf2035();
        try (Browser browser = new Browser()) {
            browser.signIn("http://localhost:" + port, "advisor@demo.example", "demo-advisor");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.driver.get("http://localhost:" + port + "/exports");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Cohort report exports"));
            shot(browser, "exports-empty");

            WebElement year = browser.waitFor(By.cssSelector("vaadin-integer-field input"));
            year.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "2035",
                    org.openqa.selenium.Keys.TAB);
            browser.waitFor(By.xpath("//vaadin-button[contains(., 'Start export')]")).click();
            Thread.sleep(1500);
            shot(browser, "exports-clicked");
            WebElement link;
            try {
                new WebDriverWait(browser.driver, Duration.ofMinutes(2)).until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid vaadin-progress-bar")));
                shot(browser, "exports-running");
                link = new WebDriverWait(browser.driver, Duration.ofMinutes(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Download ZIP')]")));
            } catch (RuntimeException e) {
                shot(browser, "exports-failure");
                throw e;
            }
            assertThat(link.getAttribute("href")).isNotBlank();
            assertThat(link.getAttribute("aria-label")).isEqualTo("Download the ZIP of match year 2035");
            shot(browser, "exports-done");
            browser.driver.manage().window().setSize(new Dimension(800, 1000));
            Thread.sleep(500);
            shot(browser, "exports-done-800");
        }
    }

    private static void shot(Browser browser, String name) throws Exception {
        String folder = System.getProperty("matchwise.screenshots");
        if (folder != null && !folder.isBlank()) {
            Path dir = Files.createDirectories(Path.of(folder));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        }
    }
}
