package org.matchwise.invitation;

import java.util.Locale;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends invitation and reset mails through Spring Mail when an SMTP server is configured
 * ({@code spring.mail.host}); otherwise logs the link, which is what the embedded demo relies on. Mails are
 * sent after the issuing transaction commits, on the account-mail thread (never on a request thread); a mail
 * the server refuses is logged as an error and the link can be sent again.
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

    /** Sends a requested mail once its transaction has committed (at once if there was none), off the caller's thread. */
    @Async(AccountMailThread.NAME)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(AccountMailRequested mail) {
        sendWith(mail.subjectKey(), mail.bodyKey(), mail.to(), mail.name(), mail.school(), mail.link());
    }

    /** Sends a reminder or digest ({@link NoticeMail}) once its transaction has committed, off the caller's thread. */
    @Async(AccountMailThread.NAME)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(NoticeMail mail) {
        JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            log.warn("No SMTP server configured (spring.mail.host): notice for {}: {}", mail.to(), mail.subject());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            mailer.send(message);
        } catch (RuntimeException e) { // as for link mails: log, never lose the thread
            log.error("Could not send a notice to {}: {}", mail.to(), e.getMessage());
        }
    }

    /** Sends a link mail worded by {@code subjectKey}/{@code bodyKey}; false if the server refused it. */
    private boolean sendWith(String subjectKey, String bodyKey, String to, String name, String school, String link) {
        String subject = text(subjectKey, school);
        String body = text(bodyKey, name, school, link, settings.linkValidity().toHours());
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.warn("No SMTP server configured (spring.mail.host): mail \"{}\" to {}: {}", subject, to, link);
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
        } catch (RuntimeException e) { // MailException, or anything else the mail client throws: log, never lose the thread
            log.error("Could not send the mail \"{}\" to {}: {}", subject, to, e.getMessage());
            return false;
        }
    }

    private String text(String key, Object... args) {
        return messages.getTranslation(key, Locale.ENGLISH, args);
    }
}
