package org.matchwise.reminders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.matchwise.account.Role;
import org.matchwise.applicant.SaveResult;
import org.matchwise.base.BaseUrl;
import org.matchwise.reminders.ReminderViews.MailKind;
import org.matchwise.reminders.ReminderViews.NotificationSettings;
import org.matchwise.reminders.persistence.NotificationStore;
import org.matchwise.reminders.persistence.NotificationStore.Preferences;
import org.matchwise.reminders.persistence.NotificationStore.Recipient;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's own notification settings (every role): the weekly digest, reminders and how many days ahead, and the
 * calendar feed at a secret URL (made, regenerated or revoked here; only its SHA-256 hash is stored, so the URL is
 * shown once). The signed unsubscribe link and the feed itself work signed out: they are checked by their secret,
 * not by a session.
 */
@Service
@Transactional
public class ReminderPreferences {

    /** The path of calendar feeds: {@code /calendar/<secret>.ics}. */
    public static final String CALENDAR_PATH = "/calendar/";
    static final int MAX_DAYS = 60;

    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final UnsubscribeLinks links;
    private final BaseUrl baseUrl;
    private final ReminderSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ReminderPreferences(NotificationStore store, CurrentUser currentUser, UnsubscribeLinks links, BaseUrl baseUrl,
            ReminderSettings settings, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.links = links;
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.clock = clock;
    }

    /** The caller's settings (the defaults until they change them). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NotificationSettings mine() {
        MatchwiseUser user = currentUser.require();
        Optional<Preferences> p = store.preferences(user.id());
        return new NotificationSettings(p.map(Preferences::weeklyDigest).orElse(true),
                p.map(Preferences::reminders).orElse(true), p.map(Preferences::reminderDays).orElse(settings.reminderDays()),
                p.map(x -> x.calendarHash() != null).orElse(false), !user.is(Role.APPLICANT));
    }

    /** Saves the caller's mail settings; the days must be 1 to 60. */
    @PreAuthorize("isAuthenticated()")
    public SaveResult save(boolean weeklyDigest, boolean reminders, int reminderDays) {
        if (reminderDays < 1 || reminderDays > MAX_DAYS) {
            return new SaveResult.Rejected("invalid_days", "Choose 1 to " + MAX_DAYS + " days.");
        }
        MatchwiseUser user = currentUser.require();
        store.savePreferences(user.id(), weeklyDigest, reminders, reminderDays, clock.instant());
        return new SaveResult.Saved(user.id(), 0);
    }

    /**
     * Makes a new calendar feed URL for the caller, replacing (and so revoking) any earlier one. The URL holds
     * the secret and is returned only now.
     */
    @PreAuthorize("isAuthenticated()")
    public String newCalendarUrl() {
        MatchwiseUser user = currentUser.require();
        ensureRow(user.id());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.setCalendarHash(user.id(), hash(secret), clock.instant());
        return baseUrl.ofRequest() + CALENDAR_PATH + secret + ".ics";
    }

    /** Revokes the caller's calendar feed: its URL stops working. */
    @PreAuthorize("isAuthenticated()")
    public void revokeCalendar() {
        MatchwiseUser user = currentUser.require();
        ensureRow(user.id());
        store.setCalendarHash(user.id(), null, clock.instant());
    }

    /**
     * Turns one kind of mail off for the user a signed unsubscribe link names. Open to anyone holding the link:
     * the explicit check is the signature; a wrong one changes nothing. Returns whether it did.
     */
    @PreAuthorize("permitAll()") // anyone holding the signed link: the signature is the check
    @Transactional
    public boolean unsubscribe(long userId, MailKind kind, String signature) {
        if (!links.valid(userId, kind, signature) || store.recipient(userId).isEmpty()) {
            return false;
        }
        Optional<Preferences> p = store.preferences(userId);
        boolean digest = p.map(Preferences::weeklyDigest).orElse(true);
        boolean reminders = p.map(Preferences::reminders).orElse(true);
        int days = p.map(Preferences::reminderDays).orElse(settings.reminderDays());
        store.savePreferences(userId, kind == MailKind.DIGEST ? false : digest, kind == MailKind.REMINDERS ? false : reminders,
                days, clock.instant());
        return true;
    }

    /** The owner of a calendar feed secret, if it is a live one. Open to anyone holding the URL: the secret is the check. */
    @PreAuthorize("permitAll()") // anyone holding the feed's secret URL: the secret is the check
    @Transactional(readOnly = true)
    public Optional<Recipient> calendarOwner(String secret) {
        if (secret == null || secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        return store.calendarOwner(hash(secret));
    }

    private void ensureRow(long userId) {
        if (store.preferences(userId).isEmpty()) {
            store.savePreferences(userId, true, true, settings.reminderDays(), clock.instant());
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
