package org.matchwise.reminders;

import org.springframework.security.access.prepost.PreAuthorize;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.matchwise.home.HomeViews.SeasonDateKind;
import org.matchwise.reminders.persistence.NotificationStore;
import org.matchwise.reminders.persistence.NotificationStore.CalendarItem;
import org.matchwise.reminders.persistence.NotificationStore.Recipient;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's deadlines as an RFC 5545 calendar (written by ical4j), for the secret feed URL: the season's dates of
 * their match year (applicants) or of the current season (advisors and admins), and for an applicant their own
 * dated items (plan actions due, letters due, Step 2 CK test days). Worded without detail, as every mail is:
 * "Plan action due", never the action's title, since a feed URL travels to calendar services.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

    private final ReminderPreferences preferences;
    private final NotificationStore store;
    private final RuleSetStore ruleSets;
    private final FeatureBundlesI18NProvider messages;
    private final Clock clock;

    CalendarFeed(ReminderPreferences preferences, NotificationStore store, RuleSetStore ruleSets,
            FeatureBundlesI18NProvider messages, Clock clock) {
        this.preferences = preferences;
        this.store = store;
        this.ruleSets = ruleSets;
        this.messages = messages;
        this.clock = clock;
    }

    /** The calendar of the feed whose secret is {@code secret}, or empty when there is no such live feed. */
    @PreAuthorize("permitAll()") // anyone holding the feed's secret URL: the secret is the check
    public Optional<String> feed(String secret) {
        return preferences.calendarOwner(secret).map(this::calendar);
    }

    String calendar(Recipient owner) {
        var applicant = store.applicantOf(owner.userId());
        int matchYear = applicant.map(a -> a.matchYear()).orElseGet(() -> currentMatchYear(owner.schoolId()));
        RuleSet ruleSet = ruleSets.latest(owner.schoolId(), matchYear).orElseGet(() -> RuleSet.defaults(matchYear));
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Matchwise//Deadlines//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        MatchCalendar c = ruleSet.calendar();
        String prefix = "matchwise-" + owner.userId() + "-";
        event(cal, prefix + "season-" + matchYear + "-eras", c.erasOpens(), text(SeasonDateKind.ERAS_OPENS));
        event(cal, prefix + "season-" + matchYear + "-submit", c.applicantsMaySubmit(), text(SeasonDateKind.APPLICANTS_MAY_SUBMIT));
        event(cal, prefix + "season-" + matchYear + "-programs", c.programsOpen(), text(SeasonDateKind.PROGRAMS_OPEN));
        event(cal, prefix + "season-" + matchYear + "-rank", c.rankOrderDeadline(), text(SeasonDateKind.RANK_ORDER_DEADLINE));
        event(cal, prefix + "season-" + matchYear + "-matchweek", c.matchWeekStarts(), text(SeasonDateKind.MATCH_WEEK));
        event(cal, prefix + "season-" + matchYear + "-matchday", c.matchDay(), text(SeasonDateKind.MATCH_DAY));
        if (applicant.isPresent()) {
            event(cal, prefix + "season-" + matchYear + "-step2", c.programsOpen().minusDays(ruleSet.thresholds().step2ScoreLagDays()),
                    text(SeasonDateKind.STEP2_LATEST_TEST));
            for (CalendarItem item : store.calendarItems(applicant.get().applicantId())) {
                event(cal, prefix + item.kind().toLowerCase(Locale.ROOT) + "-" + item.itemId() + "-" + item.date(), item.date(),
                        messages.getTranslation("reminders.calendar." + item.kind(), Locale.ENGLISH));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(cal, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void event(Calendar cal, String uid, LocalDate date, String summary) {
        VEvent e = new VEvent(date, summary);
        e.add(new Uid(uid + "@matchwise"));
        cal.add(e);
    }

    private String text(SeasonDateKind kind) {
        return messages.getTranslation("reminders.calendar.season." + kind.name(), Locale.ENGLISH);
    }

    /** The season whose ERAS opened on or before today (as the dashboard counts it). */
    private int currentMatchYear(long schoolId) {
        LocalDate today = LocalDate.now(clock);
        int next = today.getYear() + 1;
        LocalDate opens = ruleSets.latest(schoolId, next).map(r -> r.calendar().erasOpens())
                .orElseGet(() -> MatchCalendar.defaults(next).erasOpens());
        return today.isBefore(opens) ? today.getYear() : next;
    }
}
