package org.matchwise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link MatchwiseTest} with mail switched on: the application sends to an SMTP server on
 * {@code 127.0.0.1:}{@link #SMTP_PORT} (a test's GreenMail, or a silent socket), gives up on it after 2 s, and
 * writes links with the base URL {@link #BASE_URL}. All mail tests of a test JVM share this one context; only one
 * of them listens on the port at a time (a JVM runs its test classes one after another). The build gives each of its
 * parallel test JVMs a port of its own ({@code matchwise.test.smtp-port}, web-ui's {@code pom.xml}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MatchwiseTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=${matchwise.test.smtp-port:3825}",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000",
        "matchwise.base-url=" + MatchwiseMailTest.BASE_URL})
public @interface MatchwiseMailTest {

    /** Where the application sends mail in these tests: 3825 unless the build gives this JVM another port. */
    int SMTP_PORT = Integer.getInteger("matchwise.test.smtp-port", 3825);

    /** The base URL of links in mails. */
    String BASE_URL = "http://matchwise.test";
}
