package org.matchwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseServerTest;
import org.matchwise.admin.AdminFixtures;
import org.matchwise.applicant.ApplicantService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The admin screens in a real browser at desktop and tablet widths: each opens with its title and its main
 * controls. With MATCHWISE_SCREENSHOTS set to a directory, each screen is saved there as a PNG.
 */
@MatchwiseServerTest
@Tag("browser")
class AdminEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicantService applicants;

    @BeforeAll
    static void needsChromium() {
        Browser.requireOrSkip();
    }

    private void shot(Browser browser, String name) throws Exception {
        String dir = System.getenv("MATCHWISE_SCREENSHOTS");
        if (dir != null) {
            Thread.sleep(500);
            byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
            Files.write(Files.createDirectories(Path.of(dir)).resolve(name + ".png"), png);
        }
    }

    @Test
    void an_admin_opens_each_admin_screen_at_desktop_and_tablet_width() throws Exception {
        AdminFixtures.store(accounts, applicants, AdminFixtures.longAgoGraduate(AdminFixtures.unique("E2E")));
        AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(AdminFixtures.unique("E2E")));
        try (Browser browser = new Browser()) {
            browser.signIn("http://localhost:" + port, "admin@demo.example", "demo-admin");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            String nav = browser.driver.findElement(By.cssSelector("vaadin-side-nav")).getText();
            assertThat(nav).contains("Users", "Cohorts", "Roster import", "Rule sets");

            for (int width : new int[] {1280, 800}) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                open(browser, "admin/users", "Users");
                browser.waitFor(By.cssSelector("vaadin-grid"));
                shot(browser, "admin-users-" + width);
                open(browser, "admin/cohorts", "Cohorts");
                shot(browser, "admin-cohorts-" + width);
                open(browser, "admin/import", "Roster import");
                browser.waitFor(By.cssSelector("vaadin-upload"));
                shot(browser, "admin-import-" + width);
                open(browser, "admin/rulesets", "Rule sets");
                browser.waitFor(By.cssSelector("vaadin-date-picker"));
                shot(browser, "admin-rulesets-" + width);
            }
        }
    }

    private void open(Browser browser, String path, String title) {
        browser.driver.get("http://localhost:" + port + "/" + path);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), title));
        assertThat(browser.driver.getTitle()).isEqualTo(title);
    }
}
