package org.matchwise.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.matchwise.applicant.SaveResult;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.Headline;
import org.matchwise.dashboard.VerificationQueue;
import org.matchwise.dashboard.VerificationQueue.AwaitingEntry;
import org.matchwise.dashboard.persistence.CaseloadQueries;
import org.matchwise.dashboard.persistence.CaseloadQueries.Step2Order;
import org.matchwise.dashboard.persistence.CaseloadRows.StatusCount;
import org.matchwise.dashboard.persistence.CaseloadRows.Step2Row;
import org.matchwise.dashboard.persistence.CaseloadScope;
import org.matchwise.dashboard.persistence.Step2Cutoff;
import org.matchwise.dashboard.persistence.WorklistQueries;
import org.matchwise.flags.Step2Status;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.worklist.WorklistViews.Deadline;
import org.matchwise.worklist.WorklistViews.WorkItem;
import org.matchwise.worklist.WorklistViews.WorkKind;
import org.matchwise.worklist.WorklistViews.Worklist;
import org.matchwise.worklist.persistence.WorklistMarks;
import org.matchwise.worklist.persistence.WorklistMarks.Look;
import org.matchwise.worklist.persistence.WorklistMarks.Mark;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The advisor's and admin's worklist (issue 14 item 1): within the dashboard's scope (the caller's school, one
 * match year, optionally a specialty and an advisor's caseload, {@code ScopeSql}), every item that needs doing,
 * most urgent first: plan actions overdue or due soon, entries in the verification queue (whatever kinds the queue
 * yields), Step 2 CK failed-not-passed, not scheduled or late, letters past due, explanation drafts submitted for
 * review, HIGH flags opened since the caller last looked, and the season's dates that come up soon. Items the
 * caller marked done, or snoozed until a later day, leave the list (marks are the caller's own).
 *
 * <p>One statement per kind, each limited to {@link #PER_KIND} rows plus the caller's marks, so the cost does not
 * grow with the cohort; counts per kind are of the rows read.
 */
@Service
@Transactional(readOnly = true)
public class WorklistService {

    /** At most this many items are shown (the summary counts all that were read). */
    public static final int LIMIT = 50;
    /** Each kind reads at most this many rows (plus as many as the caller has marks). */
    static final int PER_KIND = 200;

    private final CurrentUser currentUser;
    private final WorklistQueries queries;
    private final CaseloadQueries caseload;
    private final VerificationQueue verification;
    private final RuleSetStore ruleSets;
    private final WorklistMarks marks;
    private final WorklistSettings settings;
    private final Clock clock;
    /** The Step 2 CK statements (status counts for the headline, the board's risky rows) run beside the others. */
    private final TransactionTemplate sideQuery;
    /** Virtual threads for the side statements: they only wait on the database. */
    private static final ExecutorService SIDE = Executors.newVirtualThreadPerTaskExecutor();

    WorklistService(CurrentUser currentUser, WorklistQueries queries, CaseloadQueries caseload,
            VerificationQueue verification, RuleSetStore ruleSets, WorklistMarks marks, WorklistSettings settings,
            Clock clock, PlatformTransactionManager transactions) {
        this.currentUser = currentUser;
        this.queries = queries;
        this.caseload = caseload;
        this.verification = verification;
        this.ruleSets = ruleSets;
        this.marks = marks;
        this.settings = settings;
        this.clock = clock;
        this.sideQuery = new TransactionTemplate(transactions);
        this.sideQuery.setReadOnly(true);
        this.sideQuery.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /** What the side statements answer. */
    private record Side(List<StatusCount> counts, List<Step2Row> step2) {
    }

    /** The caller's worklist for {@code query}'s scope, most urgent first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public Worklist worklist(DashboardQuery query) {
        MatchwiseUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        RuleSet ruleSet = ruleSets.current(user.schoolId(), query.matchYear(), user.id());
        CaseloadScope scope = new CaseloadScope(user.schoolId(), query.matchYear(), query.specialty(), query.advisorId());
        Step2Cutoff cutoff = new Step2Cutoff(ruleSet.calendar().programsOpen(), ruleSet.thresholds().step2ScoreLagDays());
        Map<String, Mark> marked = new HashMap<>();
        marks.active(user.id(), today).forEach(m -> marked.put(m.itemKey(), m));
        int read = PER_KIND + marked.size();
        // the two Step 2 CK statements (the costliest but the verification queue's) run on a second connection
        // while this thread runs the rest; under READ COMMITTED each statement sees its own snapshot anyway
        CompletableFuture<Side> side = CompletableFuture.supplyAsync(() -> sideQuery.execute(tx -> new Side(
                caseload.statusCounts(scope, cutoff), caseload.step2Rows(scope, cutoff, Step2Order.BOARD, 0, read))), SIDE);

        List<WorkItem> all = new ArrayList<>();
        for (var a : queries.dueActions(scope, today.plusDays(settings.actionDays()), read)) {
            all.add(new WorkItem("action:" + a.actionId() + ":" + a.dueDate(),
                    a.dueDate().isBefore(today) ? WorkKind.ACTION_OVERDUE : WorkKind.ACTION_DUE, a.applicantId(),
                    name(a.givenName(), a.familyName()), a.dueDate(), a.title(), a.category(), null));
        }
        for (var l : queries.lateLetters(scope, today, read)) {
            all.add(new WorkItem("letter:" + l.letterId() + ":" + l.dueDate(), WorkKind.LETTER_OVERDUE, l.applicantId(),
                    name(l.givenName(), l.familyName()), l.dueDate(), l.writer(), null, null));
        }
        for (var d : queries.draftsToReview(scope, read)) {
            all.add(new WorkItem("draft:" + d.draftId() + ":" + d.updatedAt().toEpochMilli(), WorkKind.DRAFT_TO_REVIEW,
                    d.applicantId(), name(d.givenName(), d.familyName()), LocalDate.ofInstant(d.updatedAt(), zone),
                    null, d.flagCategory(), null));
        }
        Optional<Look> look = marks.lastLook(user.id());
        for (var f : queries.newHighFlags(scope, look.map(Look::flagMark).orElse(null),
                today.minusDays(settings.newFlagDays()), read)) {
            all.add(new WorkItem("flag:" + f.flagId(), WorkKind.NEW_HIGH_FLAG, f.applicantId(),
                    name(f.givenName(), f.familyName()), f.openedOn(), null, f.category(), null));
        }
        for (AwaitingEntry e : verification.awaiting(query).entries()) {
            LocalDate entered = e.enteredAt() == null ? today : LocalDate.ofInstant(e.enteredAt(), zone);
            all.add(new WorkItem("verify:" + e.applicantId() + ":" + e.reference() + ":"
                    + (e.enteredAt() == null ? "" : e.enteredAt().toEpochMilli()) + ":"
                    // a correction or removal request has its own id (and a removed entry no value any more)
                    + (e.requestId() != null ? e.kind() + "-" + e.requestId() : e.value().getClass().getSimpleName()),
                    WorkKind.VERIFY, e.applicantId(), e.applicantName(), entered, e.reference(), null, e));
        }
        LocalDate latestTest = ruleSet.calendar().programsOpen().minusDays(ruleSet.thresholds().step2ScoreLagDays());
        LocalDate step2Date = latestTest.isBefore(today) ? today : latestTest;
        Side sides = await(side);
        for (Step2Row s : sides.step2()) {
            WorkKind kind = switch (s.status()) {
                case FAILED_NOT_PASSED -> WorkKind.STEP2_FAILED;
                case NOT_SCHEDULED -> WorkKind.STEP2_NOT_SCHEDULED;
                case LATE -> WorkKind.STEP2_LATE;
                default -> null;
            };
            if (kind == null) {
                break; // the board lists risky statuses first
            }
            // the subject is the test date (late) or the last test day that still meets opening day (the others)
            LocalDate shown = kind == WorkKind.STEP2_LATE && s.date() != null ? s.date() : latestTest;
            all.add(new WorkItem("step2:" + s.applicantId() + ":" + s.status() + ":" + s.date(), kind, s.applicantId(),
                    name(s.givenName(), s.familyName()), step2Date, shown.toString(), s.status(), null));
        }
        MatchCalendar calendar = ruleSet.calendar();
        LocalDate until = today.plusDays(settings.deadlineDays());
        for (Deadline d : Deadline.values()) {
            LocalDate date = date(calendar, d);
            if (!date.isBefore(today) && !date.isAfter(until)) {
                all.add(new WorkItem("deadline:" + query.matchYear() + ":" + d + ":" + date, WorkKind.DEADLINE, null,
                        null, date, null, d, null));
            }
        }

        int hidden = 0;
        Map<WorkKind, Integer> counts = new EnumMap<>(WorkKind.class);
        List<WorkItem> open = new ArrayList<>();
        for (WorkItem item : all) {
            Mark m = marked.get(item.key());
            if (m != null && m.hides(today)) {
                hidden++;
                continue;
            }
            open.add(item);
            counts.merge(item.kind(), 1, Integer::sum);
        }
        open.sort(Comparator.comparing(WorkItem::date).thenComparing(WorkItem::kind)
                .thenComparing(i -> i.applicantName() == null ? "" : i.applicantName()));
        return new Worklist(query, today, List.copyOf(open.subList(0, Math.min(LIMIT, open.size()))), counts, hidden,
                headline(sides.counts()));
    }

    /** The side statements' result; a failure there is rethrown as it was thrown. */
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The date of {@code deadline} in the season's calendar. */
    public static LocalDate date(MatchCalendar calendar, Deadline deadline) {
        return switch (deadline) {
            case ERAS_OPENS -> calendar.erasOpens();
            case PROGRAMS_OPEN -> calendar.programsOpen();
            case RANK_ORDER_DEADLINE -> calendar.rankOrderDeadline();
            case MATCH_WEEK -> calendar.matchWeekStarts();
        };
    }

    /** Marks an item of the caller's worklist done: it leaves their list (and only theirs). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional
    public void done(String itemKey) {
        marks.mark(currentUser.require().id(), checked(itemKey), null, clock.instant());
    }

    /** Snoozes an item until {@code until} (a later day): it comes back on that day if it still needs doing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional
    public SaveResult snooze(String itemKey, LocalDate until) {
        if (until == null || !until.isAfter(LocalDate.now(clock))) {
            return new SaveResult.Rejected("invalid_date", "Choose a day after today.");
        }
        marks.mark(currentUser.require().id(), checked(itemKey), until, clock.instant());
        return new SaveResult.Saved(0, 0);
    }

    /** Takes back a done or snooze mark. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional
    public void undo(String itemKey) {
        marks.unmark(currentUser.require().id(), checked(itemKey));
    }

    /** Remembers that the caller has seen every HIGH flag opened so far: they leave the list as "new". */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional
    public void flagsSeen() {
        MatchwiseUser user = currentUser.require();
        marks.looked(user.id(), queries.latestFlagId(user.schoolId()), clock.instant());
    }

    /** Verifies a queue item through the verification queue (which checks role, school and the entry again). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional
    public SaveResult verify(WorkItem item) {
        if (item.verification() == null) {
            return new SaveResult.Rejected("not_verifiable", "This item is not an entry to verify.");
        }
        return verification.verify(item.verification());
    }

    private static String checked(String itemKey) {
        if (itemKey == null || itemKey.isBlank() || itemKey.length() > 200) {
            throw new IllegalArgumentException("not a worklist item key");
        }
        return itemKey;
    }

    private static Headline headline(List<StatusCount> counts) {
        long applicants = 0;
        long openHigh = 0;
        long notReady = 0;
        long reapplicants = 0;
        for (StatusCount c : counts) {
            applicants += c.applicants();
            openHigh += c.openHigh();
            notReady += c.notReady();
            reapplicants += c.reapplicants();
        }
        return new Headline(applicants, openHigh, notReady, reapplicants);
    }

    private static String name(String given, String family) {
        return given + " " + family;
    }
}
