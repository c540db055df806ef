package org.matchwise.invitation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code matchwise.mail.*}. The SMTP server itself is Spring Boot's {@code spring.mail.*}
 * (host, port, username, password); without {@code spring.mail.host} no mail is sent and each link is logged
 * instead, so the embedded demo works without a mail server.
 *
 * @param from         the sender address of invitation and reset mails
 * @param baseUrl      the address users open Matchwise at; links in mails start with it
 * @param linkValidity how long a one-time link works (48 hours by default)
 */
@ConfigurationProperties("matchwise.mail")
public record MailSettings(
        @DefaultValue("no-reply@matchwise.invalid") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("PT48H") Duration linkValidity) {

    /** The base URL without a trailing slash. */
    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
