package org.matchwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vaadin in production mode under the Content-Security-Policy Matchwise sends (README "Headers"): sign-in, the
 * worklist, the dashboard, a case and the applicant's portal open and work, and the browser console reports no CSP
 * violation and no script error. (All browser tests run in production mode, in the context of
 * {@link MatchwiseServerTest} here.)
 */
@MatchwiseServerTest
@Tag("browser")
class CspBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.requireOrSkip();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Console lines that a policy or a script broke something. */
    static List<String> problems(List<String> console) {
        List<String> out = new ArrayList<>();
        for (String line : console) {
            if (line.contains("favicon.ico")) {
                continue; // a browser asking for /favicon.ico on its own: not a policy matter
            }
            if (line.contains("Content Security Policy") || line.contains("Refused to") || line.startsWith("SEVERE")) {
                out.add(line);
            }
        }
        return out;
    }

    /** A new applicant's id, created through the API as the admin from the first example profile. */
    private long anApplicant() throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString("admin@demo.example:demo-admin"
                .getBytes(StandardCharsets.UTF_8));
        JsonMapper json = JsonMapper.builder().build();
        var profile = (tools.jackson.databind.node.ObjectNode) json.readTree(Files.readString(
                Path.of("src/test/resources/examples/01-med-peds-step1-retake.json"))).get("profile");
        profile.put("externalId", "CSP-" + System.nanoTime()).put("matchYear", 2027);
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/api/v1/applicants?advisor=advisor@demo.example")).header("Authorization", admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(profile.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").longValue();
    }

    /**
     * Runs the steps and asserts the console shows no violation. The console is printed when a step fails or a
     * violation shows, each line cut at 1,000 characters: printed always, Vaadin's debug lines (every UIDL message
     * whole) put 250 lines and 600 KB into each build's log.
     */
    private static void withoutViolations(Browser browser, String who, ThrowingRunnable... steps) throws Exception {
        List<String> console = new ArrayList<>();
        boolean stepsRan = false;
        try {
            for (ThrowingRunnable step : steps) {
                step.run();
                console.addAll(browser.console());
            }
            stepsRan = true;
        } finally {
            console.addAll(browser.console());
            if (!stepsRan || !problems(console).isEmpty()) {
                console.forEach(line -> System.out.println("CSP-CONSOLE " + who + ": "
                        + (line.length() > 1000 ? line.substring(0, 1000) + " ..." : line)));
            }
        }
        assertThat(problems(console)).isEmpty();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void an_advisor_signs_in_opens_the_dashboard_and_a_case_without_a_csp_violation() throws Exception {
        long id = anApplicant();
        try (Browser browser = new Browser()) {
            withoutViolations(browser, "advisor",
                    () -> {
                        browser.signIn(base(), "advisor@demo.example", "demo-advisor");
                        browser.waitFor(By.cssSelector(".mw-worklist"));
                    },
                    () -> {
                        browser.driver.get(base() + "/dashboard");
                        browser.waitFor(By.cssSelector("a[data-category]"));
                    },
                    () -> {
                        browser.driver.get(base() + "/applicants/" + id);
                        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                                By.cssSelector(".mw-case-header h2"), "Reyes"));
                    });
        }
    }

    @Test
    void an_applicant_signs_in_and_opens_the_portal_without_a_csp_violation() throws Exception {
        try (Browser browser = new Browser()) {
            withoutViolations(browser, "applicant",
                    () -> {
                        browser.signIn(base(), "applicant@demo.example", "demo-applicant");
                        browser.waitFor(By.cssSelector("vaadin-side-nav"));
                    },
                    () -> {
                        browser.driver.get(base() + "/my/progress");
                        browser.wait.until(ExpectedConditions.urlContains("/my/progress"));
                        browser.waitFor(By.tagName("h2"));
                    });
        }
    }
}
