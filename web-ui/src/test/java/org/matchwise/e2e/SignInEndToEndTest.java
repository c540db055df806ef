package org.matchwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

@MatchwiseServerTest
@Tag("browser")
class SignInEndToEndTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.requireOrSkip();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void an_advisor_signs_in_and_sees_the_main_layout() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(base(), "advisor@demo.example", "demo-advisor");

            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"),
                    "What needs doing"));
            String nav = browser.driver.findElement(By.cssSelector("vaadin-side-nav")).getText();
            assertThat(nav).contains("Home", "Worklist", "Dashboard").doesNotContain("Users");
            assertThat(browser.driver.getTitle()).isEqualTo("What needs doing");
        }
    }

    @Test
    void a_wrong_password_shows_the_generic_error_and_no_layout() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(base(), "advisor@demo.example", "not-the-password");

            browser.wait.until(ExpectedConditions.urlContains("error"));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav"))).isEmpty();
        }
    }
}
