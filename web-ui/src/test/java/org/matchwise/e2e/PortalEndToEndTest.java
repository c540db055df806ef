package org.matchwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseApplication;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.flags.FlagCategory;
import org.matchwise.invitation.InvitationService;
import org.matchwise.invitation.InvitationViews.InviteResult;
import org.matchwise.plan.persistence.RemediationPlanEntity;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.remediation.Owner;
import org.matchwise.testing.ExampleCases;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The applicant portal in headless Chromium: an invitation mail arrives (GreenMail), the applicant sets a
 * password through its link, signs in, adds a scheduled Step 2 CK date (and sees the timing hint); the advisor
 * signs in, finds it unverified on the dashboard and verifies it there; the applicant's portal then shows it
 * verified; an evidence upload that lies about its type is refused with a message.
 */
@SpringBootTest(classes = MatchwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=${matchwise.test.portal-smtp-port:3826}",
            // production mode without dev tools, as MatchwiseServerTest (the browser loads the minified bundle)
            "vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
@Tag("browser")
class PortalEndToEndTest {

    /** 3826 unless the build gives this test JVM another port (each parallel fork its own, web-ui's pom.xml). */
    static final int SMTP_PORT = Integer.getInteger("matchwise.test.portal-smtp-port", 3826);
    static final Pattern LINK = Pattern.compile("/account/password\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @LocalServerPort
    int port;

    @Autowired ApplicantService applicants;
    @Autowired InvitationService invitations;
    @Autowired UserDetailsService userDetails;
    @Autowired RemediationPlanRepository plans;

    @BeforeAll
    static void needsChromium() {
        Browser.requireOrSkip();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static WebElement field(Browser browser, String tag, String label) {
        return browser.waitFor(By.xpath("//" + tag + "[label[normalize-space()='" + label + "']]//input"));
    }

    private static void click(Browser browser, String tag, String text) {
        WebElement e = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//" + tag + "[normalize-space()='" + text + "']")));
        e.click();
    }

    /** Picks {@code item} in the Vaadin select labelled {@code label} (the shared entry editors use selects). */
    private static void choose(Browser browser, String label, String item) {
        browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select[label[normalize-space()='" + label + "']]"))).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space()='" + item + "']"))).click();
    }

    private static long count(Browser browser, String cellText) {
        return browser.driver.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + cellText + "']"))
                .size();
    }

    @Test
    void an_invited_applicant_adds_a_step2_date_that_the_advisor_verifies_on_the_dashboard_and_the_portal_shows_verified() throws Exception {
        String email = "e2e-" + UUID.randomUUID() + "@applicants.example";
        var example = ExampleCases.medPedsStep1Retake().profile();
        // without Step 2 CK yet: she schedules it below, and a passed exam cannot be taken again
        var profile = example.toBuilder().matchYear(2027).externalId("E2E-" + UUID.randomUUID()).email(email)
                .exams(example.exams().stream().filter(e -> e.exam() != org.matchwise.applicant.Exam.USMLE_STEP2_CK).toList())
                .build();
        long id = ((SaveResult.Saved) AsUser.call(userDetails, "advisor@demo.example", () -> applicants.create(profile, "advisor@demo.example"))).id();
        plans.saveAndFlush(plan(id));

        assertThat(AsUser.call(userDetails, "advisor@demo.example", () -> invitations.invite(id, email))).isInstanceOf(InviteResult.Sent.class);
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[mail.getReceivedMessages().length - 1];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();
        int examsBefore = profile.exams().size();

        try (Browser browser = new Browser()) {
            browser.driver.get(base() + "/account/password?token=" + link.group(1));
            field(browser, "vaadin-password-field", "New password").sendKeys("my own long pass phrase");
            field(browser, "vaadin-password-field", "Repeat the password").sendKeys("my own long pass phrase");
            click(browser, "vaadin-button", "Save password");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Password saved"));

            browser.driver.get(base() + "/login");
            browser.waitFor(By.cssSelector("input[name='username']"));
            String sessionBefore = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            browser.signIn(base(), email, "my own long pass phrase");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            assertThat(browser.driver.manage().getCookieNamed("JSESSIONID").getValue())
                    .as("a new session id at sign-in").isNotEqualTo(sessionBefore);
            browser.driver.get(base() + "/my/progress");
            // the exams' editor: the form below the list adds an entry
            choose(browser, "Exam", "USMLE Step 2 CK");
            choose(browser, "Outcome", "Scheduled");
            WebElement date = field(browser, "vaadin-date-picker", "Date");
            date.sendKeys("9/10/2026");
            date.sendKeys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("mw-step2-hint"),
                    "after programs start reviewing"));
            click(browser, "vaadin-button", "Add attempt");
            browser.wait.withTimeout(Duration.ofSeconds(30)).until(d -> count(browser, "Unverified") == 1);
            screenshot(browser, "portal-progress");

            String entry = "exams[" + examsBefore + "]";
            assertThat(AsUser.call(userDetails, "advisor@demo.example", () -> applicants.get(id)).unverified()).containsExactly(entry);
            assertThat(AsUser.call(userDetails, "advisor@demo.example", () -> applicants.get(id)).profile().exams().get(examsBefore).date())
                    .isEqualTo(LocalDate.of(2026, 9, 10));

            // the advisor signs in, finds the entry unverified on the dashboard and verifies it there
            browser.driver.manage().deleteAllCookies();
            browser.signIn(base(), "advisor@demo.example", "demo-advisor");
            browser.waitFor(By.cssSelector(".mw-worklist")); // advisors land on their worklist; the panel is on the dashboard
            browser.driver.get(base() + "/dashboard");
            By awaiting = By.xpath("//li[@data-applicant='" + id + "' and @data-reference='" + entry + "']");
            WebElement item = browser.waitFor(awaiting);
            assertThat(browser.driver.getCurrentUrl()).endsWith("/dashboard");
            assertThat(item.getText()).contains(profile.name().given() + " " + profile.name().family(),
                    "entered: USMLE Step 2 CK, scheduled for 10 Sep 2026", "Unverified", "entered");
            screenshot(browser, "dashboard-awaiting-verification");
            item.findElement(By.xpath(".//vaadin-button[normalize-space()='Verify']")).click();
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(awaiting));
            assertThat(AsUser.call(userDetails, "advisor@demo.example", () -> applicants.get(id)).unverified()).isEmpty();

            // the applicant's portal then shows it verified
            browser.driver.manage().deleteAllCookies();
            browser.signIn(base(), email, "my own long pass phrase");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.driver.get(base() + "/my/progress");
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='USMLE Step 2 CK']"));
            browser.wait.until(d -> count(browser, "Verified") >= 1 && count(browser, "Unverified") == 0);

            browser.driver.get(base() + "/my/plan");
            click(browser, "vaadin-button", "Mark done…");
            Path lying = Files.createTempFile("score-report", ".pdf");
            Files.writeString(lying, "<html><body>not a pdf</body></html>", StandardCharsets.UTF_8);
            WebElement upload = browser.waitFor(By.tagName("vaadin-upload"));
            WebElement input = (WebElement) ((JavascriptExecutor) browser.driver).executeScript(
                    "const u = arguments[0]; return u.querySelector('input[type=file]') "
                            + "|| (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", upload);
            input.sendKeys(lying.toString());
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//span[contains(., 'not a PDF, PNG or JPEG')]")));
            screenshot(browser, "portal-upload-refused");
        }
    }

    private static RemediationPlanEntity plan(long applicantId) {
        RemediationPlanEntity p = new RemediationPlanEntity(applicantId, 2027, java.time.Instant.now(), null);
        p.addAction(FlagCategory.EXAM_FAILURE, "Upload your latest NBME score report", Owner.APPLICANT,
                LocalDate.of(2026, 12, 15));
        return p;
    }

    private static void screenshot(Browser browser, String name) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser.driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (Exception e) {
            // a screenshot is a convenience for people, never a reason to fail
        }
    }
}
