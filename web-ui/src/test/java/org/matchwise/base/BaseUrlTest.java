package org.matchwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The base URL of links in mails: the setting, else the signed-in person's request, never a signed-out Host. */
@ExtendWith(OutputCaptureExtension.class)
class BaseUrlTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void onRequestTo(String scheme, String host, int port, String contextPath) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/applicants/5");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.setContextPath(contextPath);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void the_setting_wins_over_the_request_and_loses_its_trailing_slash() {
        BaseUrl url = new BaseUrl(new MockEnvironment().withProperty("matchwise.base-url", "https://advising.example.edu/"));
        onRequestTo("http", "10.0.0.7", 8080, "");

        assertThat(url.ofRequest()).isEqualTo("https://advising.example.edu");
        assertThat(url.fixed()).isEqualTo("https://advising.example.edu");
    }

    @Test
    void the_older_mail_setting_is_still_read() {
        BaseUrl url = new BaseUrl(new MockEnvironment().withProperty("matchwise.mail.base-url", "https://old.example.edu"));

        assertThat(url.configured()).hasValue("https://old.example.edu");
    }

    @Test
    void unset_a_link_a_person_triggers_takes_the_host_of_their_request() {
        BaseUrl url = new BaseUrl(new MockEnvironment());
        onRequestTo("https", "matchwise.school.example", 443, "/advising");

        assertThat(url.ofRequest()).isEqualTo("https://matchwise.school.example/advising");
        assertThat(url.fixed()).as("scheduled mails and signed-out resets never trust a Host header")
                .isEqualTo("http://localhost:8080");
    }

    @Test
    void unset_and_without_a_request_links_fall_back_to_localhost() {
        assertThat(new BaseUrl(new MockEnvironment()).ofRequest()).isEqualTo("http://localhost:8080");
    }

    @Test
    void the_postgres_profile_warns_at_start_when_the_setting_is_unset(CapturedOutput output) {
        MockEnvironment postgres = new MockEnvironment();
        postgres.setActiveProfiles("postgres");

        new BaseUrl(postgres).warnIfUnset();

        assertThat(output.getOut() + output.getErr()).contains("WARN").contains("matchwise.base-url is not set");
    }

    @Test
    void no_warning_when_set_or_on_the_embedded_default(CapturedOutput output) {
        MockEnvironment postgres = new MockEnvironment().withProperty("matchwise.base-url", "https://a.example");
        postgres.setActiveProfiles("postgres");

        new BaseUrl(postgres).warnIfUnset();
        new BaseUrl(new MockEnvironment()).warnIfUnset();

        assertThat(output.getOut() + output.getErr()).doesNotContain("matchwise.base-url is not set");
    }
}
