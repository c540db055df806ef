package org.matchwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseApplication;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserRepository;
import org.matchwise.security.sso.SchoolClientRegistrations;
import org.matchwise.sso.persistence.SchoolSsoEntity;
import org.matchwise.sso.persistence.SchoolSsoRepository;
import org.matchwise.sso.persistence.UserIdentityRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through a real OpenID Connect provider ({@link TestOidcProvider}: Spring Authorization Server
 * started by this test) with a real browser. The demo school's provider is set by {@code matchwise.sso.*}, as an
 * installation would set its first school's. The same context also runs the demo admin's password sign-in through
 * the two-step code page (TOTP), with codes computed as an authenticator app computes them.
 */
// production mode without dev tools, as MatchwiseServerTest (the browser loads the minified bundle)
@SpringBootTest(classes = MatchwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
@Tag("browser")
class SingleSignOnEndToEndTest {

    private static TestOidcProvider provider;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = new TestOidcProvider();
        }
        registry.add("matchwise.sso.issuer-uri", provider::issuer);
        registry.add("matchwise.sso.client-id", () -> TestOidcProvider.CLIENT_ID);
        registry.add("matchwise.sso.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
        registry.add("matchwise.sso.display-name", () -> "Demo University");
        registry.add("matchwise.secret-key", () -> "an-encryption-key-for-the-tests-only-0123456789");
        // the admin's password sign-in needs its second step here (one context for both sign-in paths: starting
        // another takes minutes on a busy machine)
        registry.add("matchwise.login.admin-two-step", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    UserIdentityRepository identities;

    @Autowired
    SchoolSsoRepository ssoSettings;

    @Autowired
    UserRepository users;

    @BeforeAll
    static void needsChromium() {
        Browser.requireOrSkip();
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    @BeforeEach
    void tellTheProviderWhereTheAppIs() {
        TestOidcProvider.appBase = base();
        TestOidcProvider.registrationId = SchoolClientRegistrations.registrationId(advisor().schoolId());
    }

    private MatchwiseUser advisor() {
        return (MatchwiseUser) accounts.loadUserByUsername(TestOidcProvider.ADVISOR);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** From the app's login page through the button to the provider's own login form, signed in there as {@code user}. */
    private void signInAtProvider(Browser browser, String user) {
        browser.driver.get(base() + "/login");
        WebElement button = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Sign in with Demo University')]")));
        button.click();
        browser.wait.until(ExpectedConditions.urlContains(provider.issuer()));
        browser.waitFor(By.id("username")).sendKeys(user);
        browser.driver.findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
        browser.driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private String refusal(Browser browser, String reason) {
        browser.wait.until(ExpectedConditions.urlContains("/login/refused?reason=" + reason));
        return browser.waitFor(By.id("sso-refused-message")).getText();
    }

    @Test
    void an_advisor_signs_in_through_the_school_provider_and_the_identity_is_linked() throws Exception {
        try (Browser browser = new Browser()) {
            signInAtProvider(browser, TestOidcProvider.ADVISOR);

            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "What needs doing"));
            assertThat(browser.driver.getCurrentUrl()).startsWith(base());
            String who = browser.waitFor(By.cssSelector(".mw-who")).getText();
            assertThat(who).contains("Alex Advisor", "Advisor");
            assertThat(identities.findByUserIdAndIssuer(advisor().id(), provider.issuer())).isPresent();
        }
    }

    @Test
    void signing_out_ends_the_session_here_and_at_the_provider() throws Exception {
        try (Browser browser = new Browser()) {
            signInAtProvider(browser, TestOidcProvider.ADVISOR);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "What needs doing"));

            browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-button[contains(., 'Sign out')]"))).click();

            // through the provider's end-session endpoint and back to the login view
            browser.wait.until(ExpectedConditions.urlToBe(base() + "/login"));
            browser.driver.get(base() + "/");
            browser.wait.until(ExpectedConditions.urlContains("/login"));
            // the provider asks for the password again: its session has ended too
            browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-button[contains(., 'Sign in with Demo University')]"))).click();
            browser.wait.until(ExpectedConditions.urlContains(provider.issuer() + "/login"));
            assertThat(browser.waitFor(By.id("username")).isDisplayed()).isTrue();
        }
    }

    @Test
    void an_email_without_an_account_is_refused_with_a_page_in_words() throws Exception {
        long before = users.count();
        try (Browser browser = new Browser()) {
            signInAtProvider(browser, "stranger@demo.example");

            assertThat(refusal(browser, "unknown-account")).contains("Matchwise has no account for that email");
            assertThat(browser.driver.getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav"))).isEmpty();
        }
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void a_locked_or_deactivated_account_is_refused_by_single_sign_on_with_a_page_in_words() throws Exception {
        long id = advisor().id();
        // locked as five wrong passwords lock it
        users.recordFailedLogin(TestOidcProvider.ADVISOR, 1,
                java.time.Instant.now().plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        try (Browser browser = new Browser()) {
            signInAtProvider(browser, TestOidcProvider.ADVISOR);

            assertThat(refusal(browser, "locked")).contains("account is locked");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav"))).isEmpty();
            browser.driver.get(base() + "/");
            browser.wait.until(ExpectedConditions.urlContains("/login"));
        } finally {
            users.resetFailedLogins(id);
        }
        setEnabled(id, false);
        try (Browser browser = new Browser()) {
            signInAtProvider(browser, TestOidcProvider.ADVISOR);

            assertThat(refusal(browser, "disabled")).contains("has been deactivated");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav"))).isEmpty();
        } finally {
            setEnabled(id, true);
        }
    }

    private void setEnabled(long id, boolean enabled) {
        var user = users.findById(id).orElseThrow();
        if (enabled) {
            user.activate();
        } else {
            user.deactivate();
        }
        users.save(user);
    }

    @Test
    void an_id_token_for_another_audience_is_refused() throws Exception {
        try (Browser browser = new Browser()) {
            signInAtProvider(browser, "wrong-audience");

            assertThat(refusal(browser, "wrong-audience")).contains("meant for another application");
        }
    }

    @Test
    void an_expired_id_token_is_refused() throws Exception {
        try (Browser browser = new Browser()) {
            signInAtProvider(browser, "expired");

            assertThat(refusal(browser, "expired")).contains("had already expired");
        }
    }

    @Test
    void an_id_token_signed_with_a_key_the_provider_does_not_publish_is_refused() throws Exception {
        try (Browser browser = new Browser()) {
            signInAtProvider(browser, "forged");

            assertThat(refusal(browser, "bad-signature")).contains("signature Matchwise could not verify");
        }
    }

    @Test
    void a_school_with_local_passwords_off_refuses_the_staff_password_but_not_the_applicants() throws Exception {
        long school = advisor().schoolId();
        setPasswordsOff(school, true);
        try (Browser browser = new Browser()) {
            browser.signIn(base(), TestOidcProvider.ADVISOR, "demo-advisor");
            browser.wait.until(ExpectedConditions.urlContains("error"));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav"))).isEmpty();

            browser.signIn(base(), "applicant@demo.example", "demo-applicant");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
        } finally {
            setPasswordsOff(school, false);
        }
    }

    private void setPasswordsOff(long school, boolean off) {
        SchoolSsoEntity s = ssoSettings.findById(school).orElseThrow();
        s.update(s.isEnabled(), s.getDisplayName(), s.getIssuerUri(), s.getClientId(), null, s.getEmailClaim(),
                s.getAllowedDomains(), s.getJitRole(), off, s.getUpdatedAt());
        ssoSettings.save(s);
    }

    @Test
    void an_admin_signing_in_with_a_password_must_set_up_a_second_step_and_then_signs_in_with_a_code()
            throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(base(), "admin@demo.example", "demo-admin");

            browser.wait.until(ExpectedConditions.urlContains("/login/two-step"));
            String key = browser.waitFor(By.id("two-step-secret")).getText().replace(" ", "");
            adminKey = key;
            assertThat(browser.driver.findElement(By.id("two-step-otpauth")).getAttribute("href"))
                    .startsWith("otpauth://totp/").contains("secret=" + key);
            assertThat(browser.driver.findElements(By.cssSelector("#two-step-qr svg path"))).hasSize(1);
            // nothing is signed in before the code: the home page still sends to the login
            typeCode(browser, "000000");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("two-step-error"), "not right"));
            submitCode(browser, totp(key, java.time.Instant.now()));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("two-step-recovery-codes")));
            assertThat(browser.driver.findElement(By.id("two-step-recovery-codes")).getText().split("\\s+"))
                    .hasSize(10);
            browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-button[contains(., 'Continue to Matchwise')]"))).click();
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            assertThat(browser.waitFor(By.cssSelector(".mw-who")).getText()).contains("Avery Admin");
        }
        String key = adminKey;
        try (Browser browser = new Browser()) {
            browser.signIn(base(), "admin@demo.example", "demo-admin");
            browser.wait.until(ExpectedConditions.urlContains("/login/two-step"));
            // the key is not shown again; the next step's code signs in (this step's was spent at enrolment)
            assertThat(browser.driver.findElements(By.id("two-step-secret")).stream()
                    .noneMatch(org.openqa.selenium.WebElement::isDisplayed)).isTrue();
            submitCode(browser, totp(key, java.time.Instant.now().plusSeconds(30)));
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
        }
    }

    private String adminKey;

    /** Types a code and sends it with Enter (the button's shortcut). */
    private static void typeCode(Browser browser, String code) {
        enterCode(browser, code).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /**
     * Types a code the server must accept and clicks the button, as a person would: under the load of a parallel
     * build, Enter pressed while the page was still starting up was once lost (nothing submitted, the test waited
     * for the app in vain); a click on the button, once it can be clicked, sends the field's value with it.
     */
    private static void submitCode(Browser browser, String code) {
        enterCode(browser, code);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("two-step-verify"))).click();
    }

    /** Puts the code in the two-step page's field, in place of what was there; returns the field. */
    private static WebElement enterCode(Browser browser, String code) {
        WebElement field = browser.waitFor(By.cssSelector("#two-step-code input"));
        field.clear();
        field.sendKeys(code);
        return field;
    }

    private static String totp(String base32Key, java.time.Instant at) throws Exception {
        byte[] key = new org.apache.commons.codec.binary.Base32().decode(base32Key);
        return new com.eatthepath.otp.TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                new javax.crypto.spec.SecretKeySpec(key, "HmacSHA1"), at, java.util.Locale.ROOT);
    }
}
