package org.matchwise.reminders;

import java.util.Locale;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.matchwise.reminders.ReminderViews.MailKind;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The two links that work signed out (permitted in {@code SecurityConfig}): the one-click unsubscribe link of every
 * reminder and digest, checked by its signature, and the calendar feed, checked by its secret. Neither says
 * whether a user exists: a bad link gets the same answer as an unknown one.
 */
@RestController
class ReminderLinksController {

    private final ReminderPreferences preferences;
    private final CalendarFeed feeds;
    private final FeatureBundlesI18NProvider messages;

    ReminderLinksController(ReminderPreferences preferences, CalendarFeed feeds, FeatureBundlesI18NProvider messages) {
        this.preferences = preferences;
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping(value = UnsubscribeLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam(name = "u", required = false) Long user,
            @RequestParam(name = "k", required = false) String kind, @RequestParam(name = "s", required = false) String signature) {
        MailKind mailKind = parse(kind);
        boolean done = user != null && mailKind != null && preferences.unsubscribe(user, mailKind, signature);
        String title = text(done ? "reminders.unsubscribe.done.title" : "reminders.unsubscribe.invalid.title");
        String body = done ? text("reminders.unsubscribe.done." + mailKind.name()) : text("reminders.unsubscribe.invalid");
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title)
                + "</title><link rel=\"stylesheet\" href=\"/styles.css\"></head><body style=\"font-family: sans-serif;"
                + " max-width: 40rem; margin: 2rem auto; padding: 0 1rem;\"><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                + HtmlUtils.htmlEscape(body) + "</p><p><a href=\"/settings/notifications\">"
                + HtmlUtils.htmlEscape(text("reminders.unsubscribe.settings")) + "</a></p></body></html>";
        return ResponseEntity.status(done ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(html);
    }

    @GetMapping(ReminderPreferences.CALENDAR_PATH + "{file}")
    ResponseEntity<String> calendar(@PathVariable String file) {
        String secret = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
        return feeds.feed(secret)
                .map(ics -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8)).body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body(text("reminders.calendar.notFound")));
    }

    private static MailKind parse(String kind) {
        try {
            return kind == null ? null : MailKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String text(String key) {
        return messages.getTranslation(key, Locale.ENGLISH);
    }
}
