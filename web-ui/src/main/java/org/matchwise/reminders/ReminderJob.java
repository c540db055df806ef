package org.matchwise.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.matchwise.account.Role;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.matchwise.dashboard.DashboardService;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.persistence.CaseloadQueries;
import org.matchwise.dashboard.persistence.CaseloadQueries.Step2Order;
import org.matchwise.dashboard.persistence.CaseloadRows.Step2Row;
import org.matchwise.dashboard.persistence.CaseloadScope;
import org.matchwise.dashboard.persistence.Step2Cutoff;
import org.matchwise.flags.Step2Status;
import org.matchwise.base.BaseUrl;
import org.matchwise.invitation.NoticeMail;
import org.matchwise.reminders.ReminderViews.MailKind;
import org.matchwise.reminders.persistence.NotificationStore;
import org.matchwise.reminders.persistence.NotificationStore.ApplicantAccount;
import org.matchwise.reminders.persistence.NotificationStore.DueItem;
import org.matchwise.reminders.persistence.NotificationStore.Recipient;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.worklist.WorklistService;
import org.matchwise.worklist.WorklistViews.WorkKind;
import org.matchwise.worklist.WorklistViews.Worklist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run behind reminders and digests (started by the db-scheduler task of {@link ReminderTaskConfig}, so
 * on one node per day). Each notice is recorded in {@code notification_sent} in the same transaction that asks
 * for the mail; the mail leaves after that commit on the account-mail thread. A notice already recorded for the
 * same user, item and period is never sent again, however often and on however many nodes this runs.
 *
 * <ul>
 *   <li>Advisors and admins: from the configured weekday on, once per ISO week, a digest of their worklist (the
 *       same service as their landing screen, run as them: advisors their own caseload, admins the school),
 *       worded as counts per kind.</li>
 *   <li>Applicants: a reminder before due plan actions and letter due dates (within their reminder days), and in
 *       the days before the last Step 2 CK test day whose score still meets programs' opening day when their
 *       Step 2 CK is not scheduled in time; counts only.</li>
 * </ul>
 * No mail carries an applicant's name, a flag, a note or any other detail of a record: counts and links only.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    static final String DIGEST = "DIGEST";
    static final String REMINDER = "REMINDER";

    private final NotificationStore store;
    private final WorklistService worklists;
    private final DashboardService dashboards;
    private final CaseloadQueries caseload;
    private final RuleSetStore ruleSets;
    private final UserDetailsService accounts;
    private final UnsubscribeLinks links;
    private final BaseUrl baseUrl;
    private final ReminderSettings settings;
    private final FeatureBundlesI18NProvider messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    ReminderJob(NotificationStore store, WorklistService worklists, DashboardService dashboards, CaseloadQueries caseload,
            RuleSetStore ruleSets, UserDetailsService accounts, UnsubscribeLinks links, BaseUrl baseUrl,
            ReminderSettings settings, FeatureBundlesI18NProvider messages, ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> security, Clock clock) {
        this.store = store;
        this.worklists = worklists;
        this.dashboards = dashboards;
        this.caseload = caseload;
        this.ruleSets = ruleSets;
        this.accounts = accounts;
        this.links = links;
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.messages = messages;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
    }

    /** What one run sent. */
    public record Sent(int digests, int reminders) {
    }

    /** Today's run, as the scheduler calls it. */
    public Sent runToday() {
        return run(LocalDate.now(clock));
    }

    /** The run for {@code today}: digests (on or after the digest weekday) and reminders. */
    public Sent run(LocalDate today) {
        int digests = today.getDayOfWeek().compareTo(settings.digestDay()) >= 0 ? digests(today) : 0;
        int reminders = reminders(today);
        return new Sent(digests, reminders);
    }

    // ---- advisors and admins: the weekly digest ----

    private int digests(LocalDate today) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format(Locale.ROOT, "%02d",
                today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        int sent = 0;
        for (Recipient r : tx.execute(s -> store.digestRecipients())) {
            try {
                if (digest(r, week)) {
                    sent++;
                }
            } catch (RuntimeException e) { // one user's failure never stops the others
                log.error("Weekly digest for user {} failed", r.userId(), e);
            }
        }
        return sent;
    }

    private boolean digest(Recipient r, String week) {
        MatchwiseUser user = user(r);
        if (user == null) {
            return false;
        }
        Worklist list = as(user, () -> {
            int year = dashboards.currentMatchYear();
            return worklists.worklist(new DashboardQuery(year, null, user.is(Role.ADVISOR) ? Long.valueOf(user.id()) : null));
        });
        if (list.total() == 0) {
            return false;
        }
        Map<WorkKind, Integer> counts = list.counts();
        long overdue = list.items().stream().filter(i -> i.date().isBefore(list.today())).count();
        StringBuilder lines = new StringBuilder();
        for (WorkKind k : WorkKind.values()) {
            int n = counts.getOrDefault(k, 0);
            if (n > 0) {
                lines.append("- ").append(text("reminders.kind." + k.name(), n)).append('\n');
            }
        }
        String subject = text("reminders.digest.subject", list.total());
        String body = text("reminders.digest.body", r.displayName(), list.total(), overdue, lines.toString(), baseUrl.fixed(),
                links.link(r.userId(), MailKind.DIGEST));
        return Boolean.TRUE.equals(tx.execute(s -> {
            if (!store.recordSent(r.userId(), DIGEST, "worklist", week, clock.instant())) {
                return false;
            }
            events.publishEvent(new NoticeMail(r.email(), subject, body));
            return true;
        }));
    }

    // ---- applicants: reminders before due dates ----

    private int reminders(LocalDate today) {
        Map<Long, List<DueItem>> byUser = new LinkedHashMap<>();
        for (DueItem d : tx.execute(s -> store.applicantDueItems(today, settings.reminderDays()))) {
            byUser.computeIfAbsent(d.userId(), k -> new ArrayList<>()).add(d);
        }
        for (DueItem d : step2Items(today)) {
            byUser.computeIfAbsent(d.userId(), k -> new ArrayList<>()).add(d);
        }
        int sent = 0;
        for (List<DueItem> items : byUser.values()) {
            try {
                if (remind(items, today)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.error("Reminder for user {} failed", items.getFirst().userId(), e);
            }
        }
        return sent;
    }

    /** One mail with the items not reminded of before (each item once per due date), or none. */
    private boolean remind(List<DueItem> items, LocalDate today) {
        DueItem first = items.getFirst();
        return Boolean.TRUE.equals(tx.execute(s -> {
            Map<String, Integer> fresh = new LinkedHashMap<>(Map.of());
            for (String kind : List.of("ACTION", "LETTER", "STEP2")) {
                fresh.put(kind, 0);
            }
            LocalDate earliest = null;
            int total = 0;
            for (DueItem d : items) {
                if (store.recordSent(d.userId(), REMINDER, d.kind() + ":" + d.itemId(), d.dueDate().toString(),
                        clock.instant())) {
                    fresh.merge(d.kind(), 1, Integer::sum);
                    earliest = earliest == null || d.dueDate().isBefore(earliest) ? d.dueDate() : earliest;
                    total++;
                }
            }
            if (total == 0) {
                return false;
            }
            StringBuilder lines = new StringBuilder();
            for (var e : fresh.entrySet()) {
                if (e.getValue() > 0) {
                    lines.append("- ").append(text("reminders.item." + e.getKey(), e.getValue())).append('\n');
                }
            }
            String when = earliest.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH));
            String subject = text("reminders.reminder.subject", total);
            String body = text("reminders.reminder.body", first.displayName(), total, when, lines.toString(), baseUrl.fixed(),
                    links.link(first.userId(), MailKind.REMINDERS));
            events.publishEvent(new NoticeMail(first.email(), subject, body));
            return true;
        }));
    }

    /**
     * Applicants whose Step 2 CK (or COMLEX Level 2-CE) is not passed nor scheduled in time, in the days before the
     * last test day whose score still arrives by programs' opening day (their reminder days before it, that day
     * included). One statement per school and match year that has such a window today.
     */
    private List<DueItem> step2Items(LocalDate today) {
        return tx.execute(s -> {
            List<DueItem> out = new ArrayList<>();
            Map<String, List<ApplicantAccount>> groups = new LinkedHashMap<>();
            for (ApplicantAccount a : store.applicantAccounts()) {
                groups.computeIfAbsent(a.schoolId() + ":" + a.matchYear(), k -> new ArrayList<>()).add(a);
            }
            for (List<ApplicantAccount> group : groups.values()) {
                ApplicantAccount any = group.getFirst();
                RuleSet ruleSet = ruleSets.latest(any.schoolId(), any.matchYear())
                        .orElseGet(() -> RuleSet.defaults(any.matchYear()));
                LocalDate lastTestDay = ruleSet.calendar().programsOpen().minusDays(ruleSet.thresholds().step2ScoreLagDays());
                Map<Long, ApplicantAccount> byApplicant = new java.util.HashMap<>();
                for (ApplicantAccount a : group) {
                    int days = store.preferences(a.userId()).map(p -> p.reminderDays()).orElse(settings.reminderDays());
                    if (!today.isAfter(lastTestDay) && !today.isBefore(lastTestDay.minusDays(days))) {
                        byApplicant.put(a.applicantId(), a);
                    }
                }
                if (byApplicant.isEmpty()) {
                    continue;
                }
                CaseloadScope scope = new CaseloadScope(any.schoolId(), any.matchYear(), null, null);
                Step2Cutoff cutoff = new Step2Cutoff(ruleSet.calendar().programsOpen(), ruleSet.thresholds().step2ScoreLagDays());
                for (Step2Row row : caseload.step2Rows(scope, cutoff, Step2Order.BOARD, 0, Integer.MAX_VALUE)) {
                    if (row.status() == Step2Status.ON_TRACK || row.status() == Step2Status.PASSED) {
                        break;
                    }
                    ApplicantAccount a = byApplicant.get(row.applicantId());
                    if (a != null) {
                        out.add(new DueItem(a.userId(), a.email(), a.displayName(), "STEP2", a.applicantId(), lastTestDay));
                    }
                }
            }
            return out;
        });
    }

    // ---- helpers ----

    private MatchwiseUser user(Recipient r) {
        try {
            UserDetails details = accounts.loadUserByUsername(r.email());
            return details instanceof MatchwiseUser m && m.isEnabled() && m.schoolId() == r.schoolId() ? m : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Runs {@code work} signed in as {@code user}, as a request of theirs would (a scheduler thread has nobody). */
    private <T> T as(MatchwiseUser user, Supplier<T> work) {
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        security.setContext(context);
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }

    private String text(String key, Object... args) {
        return messages.getTranslation(key, Locale.ENGLISH, args);
    }
}
