package org.matchwise.invitation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code matchwise.mail.*}. The SMTP server itself is Spring Boot's {@code spring.mail.*}
 * (host, port, username, password); without {@code spring.mail.host} no mail is sent and each link is logged
 * instead, so the embedded demo works without a mail server. Links in mails start with
 * {@link org.matchwise.base.BaseUrl} ({@code matchwise.base-url}).
 *
 * @param from         the sender address of invitation and reset mails
 * @param linkValidity how long a one-time link works (48 hours by default)
 */
@ConfigurationProperties("matchwise.mail")
public record MailSettings(
        @DefaultValue("no-reply@matchwise.invalid") String from,
        @DefaultValue("PT48H") Duration linkValidity) {
}
