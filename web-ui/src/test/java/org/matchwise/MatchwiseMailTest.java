package org.matchwise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link MatchwiseTest} with mail switched on: the application sends to an SMTP server on
 * {@code 127.0.0.1:}{@link #SMTP_PORT} (a test's GreenMail, or a silent socket), gives up on it after 2 s, and
 * writes links with the base URL {@link #BASE_URL}. All mail tests share this one context; only one of them
 * listens on the port at a time (test classes run one after another).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MatchwiseTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + MatchwiseMailTest.SMTP_PORT,
        "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000",
        "matchwise.base-url=" + MatchwiseMailTest.BASE_URL})
public @interface MatchwiseMailTest {

    /** Where the application sends mail in these tests. */
    int SMTP_PORT = 3825;

    /** The base URL of links in mails. */
    String BASE_URL = "http://matchwise.test";
}
