package org.matchwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.matchwise.AsUser;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseServerTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.audit.AccessLog;
import org.matchwise.casefile.CaseFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The access log's "from where" on a UI surface: opening a case in a real browser writes rows with the browser's
 * address and User-Agent (Vaadin's requests carry them as REST calls do). Same context as the other browser tests.
 */
@MatchwiseServerTest
@Tag("browser")
class AccessLogEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired ApplicantService applicants;
    @Autowired AccessLog log;
    @Autowired UserDetailsService accounts;

    @BeforeAll
    static void needsChromium() {
        Browser.requireOrSkip();
    }

    @Test
    void opening_a_case_in_the_browser_logs_the_reads_with_the_browsers_address_and_user_agent() throws Exception {
        long id = AsUser.call(accounts, "advisor@demo.example",
                () -> CaseFixtures.create(applicants, CaseFixtures.dana("Lena", "Browsed")));
        Browser browser = new Browser();
        try {
            browser.signIn("http://localhost:" + port, "advisor@demo.example", "demo-advisor");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.driver.get("http://localhost:" + port + "/applicants/" + id);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".mw-case-header h2"),
                    "Lena Browsed"));
        } finally {
            browser.close();
        }

        var rows = AsUser.call(accounts, "admin@demo.example", () -> log.search(new AccessLog.Query(id, null, null,
                null), 0, 50, Locale.ENGLISH)).rows();
        assertThat(rows).extracting(AccessLog.Row::action).contains("VIEW_PROFILE", "VIEW_FLAGS", "VIEW_NOTES");
        assertThat(rows).filteredOn(r -> r.action().equals("VIEW_NOTES")).allSatisfy(r -> {
            assertThat(r.userName()).isEqualTo("Alex Advisor");
            assertThat(r.clientIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(r.userAgent()).contains("Chrome");
        });
    }
}
