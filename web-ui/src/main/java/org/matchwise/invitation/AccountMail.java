package org.matchwise.invitation;

import java.util.Locale;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends invitation and reset mails through Spring Mail when an SMTP server is configured
 * ({@code spring.mail.host}); otherwise logs the link, which is what the embedded demo relies on.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final FeatureBundlesI18NProvider messages;

    AccountMail(ObjectProvider<JavaMailSender> sender, MailSettings settings, FeatureBundlesI18NProvider messages) {
        this.sender = sender;
        this.settings = settings;
        this.messages = messages;
    }

    /** Sends the mail of {@code kind} ("invite" or "reset") with the link; false if the server refused it. */
    boolean send(String kind, String to, String name, String school, String link) {
        return sendWith("invitation.mail." + kind + ".subject", "invitation.mail." + kind + ".body", to, name, school,
                link);
    }

    /** Sends a link mail worded by another feature's message keys (same arguments as the built-in mails). */
    boolean sendWith(String subjectKey, String bodyKey, String to, String name, String school, String link) {
        String kind = subjectKey;
        String subject = text(subjectKey, school);
        String body = text(bodyKey, name, school, link, settings.linkValidity().toHours());
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.warn("No SMTP server configured (spring.mail.host): {} link for {}: {}", kind, to, link);
            return true;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.error("Could not send the {} mail to {}: {}", kind, to, e.getMessage());
            return false;
        }
    }

    private String text(String key, Object... args) {
        return messages.getTranslation(key, Locale.ENGLISH, args);
    }
}
