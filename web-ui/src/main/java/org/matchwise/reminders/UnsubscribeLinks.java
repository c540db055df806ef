package org.matchwise.reminders;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.matchwise.base.BaseUrl;
import org.matchwise.reminders.ReminderViews.MailKind;
import org.matchwise.reminders.persistence.NotificationStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed one-click unsubscribe links: {@code <base>/notifications/unsubscribe?u=<user>&k=<kind>&s=<signature>},
 * the signature an HMAC-SHA256 of user and kind under a key kept in the database (made once, shared by every
 * node). The link works signed out and only ever turns one kind of mail off for one user.
 */
@Component
class UnsubscribeLinks {

    static final String PATH = "/notifications/unsubscribe";

    private final NotificationStore store;
    private final BaseUrl baseUrl;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile byte[] key;

    UnsubscribeLinks(NotificationStore store, BaseUrl baseUrl, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.baseUrl = baseUrl;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    String link(long userId, MailKind kind) {
        return baseUrl.fixed() + PATH + "?u=" + userId + "&k=" + kind.name() + "&s=" + signature(userId, kind);
    }

    boolean valid(long userId, MailKind kind, String signature) {
        return signature != null && MessageDigest.isEqual(signature(userId, kind).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    String signature(long userId, MailKind kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sig = mac.doFinal((userId + ":" + kind.name()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            String secret = tx.execute(s -> store.signingKey(clock.instant()));
            k = secret.getBytes(StandardCharsets.US_ASCII);
            key = k;
        }
        return k;
    }
}
