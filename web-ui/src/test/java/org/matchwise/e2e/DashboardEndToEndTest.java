package org.matchwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseApplication;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Visa;
import org.matchwise.dashboard.Caseload;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * (Its own application context and database: the headline figures count the advisor's whole caseload, which
 * other browser tests would otherwise add to.)
 * The advisor's workspace in headless Chromium: sign in, land on the dashboard, follow a red-flag category to the
 * filtered applicant list; and an axe-core scan of both screens (axe.min.js comes from the Deque jar, so the scan
 * needs no network) with no serious or critical violation allowed.
 */
// production mode without dev tools, as MatchwiseServerTest (the browser loads the minified bundle)
@SpringBootTest(classes = MatchwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
@org.springframework.test.context.TestPropertySource(properties = "matchwise.test.context=dashboard-e2e")
@Tag("browser")
class DashboardEndToEndTest {

    private static Caseload caseload;

    @LocalServerPort
    int port;
    @Autowired
    ApplicantService applicants;
    @Autowired
    RemediationPlanRepository plans;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void needsChromium() {
        Browser.requireOrSkip();
    }

    /** The advisor's caseload in the current season (where the dashboard opens), stored once per context. */
    @BeforeEach
    void caseload() {
        if (caseload != null) {
            return;
        }
        LocalDate today = LocalDate.now();
        int season = today.isBefore(LocalDate.of(today.getYear(), 6, 1)) ? today.getYear() : today.getYear() + 1;
        caseload = AsUser.call(users, "advisor@demo.example",
                () -> Caseload.store(applicants, plans, season, "advisor@demo.example", today));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void openDashboard(Browser browser) {
        browser.signIn(base(), "advisor@demo.example", "demo-advisor");
        browser.waitFor(By.cssSelector(".mw-worklist")); // advisors land on their worklist; the charts are one link away
        browser.driver.get(base() + "/dashboard");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Caseload dashboard"));
        browser.waitFor(By.cssSelector("a[data-category]"));
    }

    @Test
    void an_advisor_follows_a_flag_category_from_the_dashboard_to_the_filtered_list() throws Exception {
        try (Browser browser = new Browser()) {
            openDashboard(browser);
            assertThat(browser.driver.getTitle()).isEqualTo("Caseload dashboard");
            String cards = browser.driver.findElement(By.cssSelector(".mw-cards")).getText();
            assertThat(cards).contains("6").contains("Applicants");

            WebElement category = browser.waitFor(By.cssSelector("a[data-category='PROFESSIONALISM']"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", category);
            browser.wait.until(ExpectedConditions.elementToBeClickable(category)).click();

            browser.wait.until(ExpectedConditions.urlContains("category=PROFESSIONALISM"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".mw-count"),
                    "1 applicants"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"),
                    "Dee Failsworth"));
            String grid = browser.driver.findElement(By.tagName("vaadin-grid")).getText();
            Set<String> shown = caseload.applicants.stream().map(Caseload.Stored::name).filter(grid::contains)
                    .collect(Collectors.toSet());
            assertThat(shown).containsExactly("Dee Failsworth");
        }
    }

    @Test
    void the_dashboard_and_the_list_have_no_serious_or_critical_accessibility_violation() throws Exception {
        try (Browser browser = new Browser()) {
            openDashboard(browser);
            browser.waitFor(By.cssSelector(".mw-chart svg"));
            assertNoSeriousViolations(axe().analyze(browser.driver), "dashboard");

            browser.driver.get(base() + "/applicants?category=EXAM_FAILURE");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"),
                    "Dee Failsworth"));
            assertNoSeriousViolations(axe().analyze(browser.driver), "applicant list");
        }
    }

    /**
     * At 1280 px (a laptop, the navigation drawer open) every column of the applicant list is in view and the grid
     * does not scroll sideways, even for a long name and a long email address, which wrap instead. With
     * {@code -Dmatchwise.screenshots=DIR} the list is saved as {@code list-1280x800.png} there to look at.
     */
    @Test
    void at_1280_px_the_applicant_list_shows_every_column_without_scrolling_sideways() throws Exception {
        String given = "Maximiliana Esperanza";
        SaveResult saved = AsUser.call(users, "advisor@demo.example", () -> applicants.create(ApplicantProfile.builder()
                .externalId("DASH-WIDE-" + caseload.year).name(given, "Oyelaran-Wiśniewska")
                .email("maximiliana.esperanza.oyelaran-wisniewska." + caseload.year + "@university-hospital.example.org")
                .applicantType(ApplicantType.US_IMG).visa(Visa.NONE)
                .medicalSchool("Example University School of Medicine", "GD")
                .matriculationDate(LocalDate.of(caseload.year - 6, 8, 15))
                .graduationDate(LocalDate.of(caseload.year - 2, 5, 30))
                .matchYear(caseload.year).targetSpecialties(Specialty.PRELIM_MEDICINE).build(), null));
        assertThat(saved).isInstanceOf(SaveResult.Saved.class);
        try (Browser browser = new Browser()) {
            browser.signIn(base(), "advisor@demo.example", "demo-advisor");
            browser.waitFor(By.cssSelector(".mw-worklist"));
            browser.driver.manage().window().setSize(new Dimension(1280, 800));
            // by name from Z: the long one is the third row, in the picture
            browser.driver.get(base() + "/applicants?year=" + caseload.year + "&sort=NAME&dir=desc");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), given));
            Thread.sleep(1000); // the columns settle after the first page arrives

            @SuppressWarnings("unchecked")
            Map<String, Object> fit = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript("""
                    const grid = document.querySelector('.mw-list vaadin-grid');
                    const table = grid.shadowRoot.querySelector('#table');
                    const right = grid.getBoundingClientRect().right;
                    const columns = [...grid.querySelectorAll('vaadin-grid-column')];
                    return {
                      scrollWidth: table.scrollWidth, clientWidth: table.clientWidth,
                      windowWidth: window.innerWidth, columns: columns.length,
                      cutOff: columns.filter(c => c._headerCell && c._headerCell.getBoundingClientRect().right > right + 1)
                          .map(c => c._headerCell._content.textContent.trim())
                    };""");
            if (System.getProperty("matchwise.screenshots") != null) {
                Path dir = Path.of(System.getProperty("matchwise.screenshots"));
                Files.createDirectories(dir);
                Files.write(dir.resolve("list-1280x800.png"),
                        ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
            }

            assertThat(((Number) fit.get("windowWidth")).intValue()).isEqualTo(1280);
            assertThat(((Number) fit.get("columns")).intValue()).isEqualTo(6);
            assertThat(((Number) fit.get("scrollWidth")).intValue()).as("the grid's scrolling width, %s", fit)
                    .isLessThanOrEqualTo(((Number) fit.get("clientWidth")).intValue());
            assertThat((List<?>) fit.get("cutOff")).as("columns whose header ends right of the grid").isEmpty();
            String text = browser.driver.findElement(By.tagName("vaadin-grid")).getText();
            assertThat(text).contains("Oyelaran-Wiśniewska", "university-hospital.example.org", "Preliminary Medicine");
        }
    }

    /** The scan leaves out Vaadin's development-mode tools (Copilot), which are not part of the product. */
    private static AxeBuilder axe() {
        return new AxeBuilder().exclude("copilot-main").exclude("vaadin-dev-tools");
    }

    private static void assertNoSeriousViolations(Results results, String page) {
        assertThat(results.isErrored()).as("axe ran on the " + page).isFalse();
        assertThat(results.getPasses()).as("axe checked rules on the " + page).isNotEmpty();
        List<Rule> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertThat(serious).as(() -> page + ": " + serious.stream().map(r -> r.getId() + " (" + r.getImpact() + ") "
                + r.getHelp() + " at " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))).isEmpty();
    }
}
