package org.matchwise.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.CorrectionService;
import org.matchwise.applicant.CorrectionViews.CorrectionResult;
import org.matchwise.applicant.CorrectionViews.CorrectionView;
import org.matchwise.applicant.EntryRequestKind;
import org.matchwise.applicant.EntryWords;
import org.matchwise.applicant.SaveResult;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.persistence.CaseloadScope;
import org.matchwise.dashboard.persistence.OpenEntryRequests;
import org.matchwise.dashboard.persistence.UnverifiedEntries;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisors' verification queue (the dashboard's "Awaiting verification" panel, and the worklist): within the same
 * scope as the dashboard's figures (the caller's school, one match year, optionally a specialty and an advisor's
 * caseload), every item an advisor still has to look at, newest first, each of a {@link Kind} and named in words:
 * <ul>
 *   <li>{@link Kind#VERIFY}: an entry an applicant entered that no advisor has verified yet ("Dana Reyes entered: ...");</li>
 *   <li>{@link Kind#CHANGE}, {@link Kind#REMOVE}: an applicant's correction request for a verified entry or one the
 *       office entered ("Dana Reyes asks to remove: USMLE Step 1, 10 Jun 2019, failed"), accepted or declined;</li>
 *   <li>{@link Kind#REMOVED}: an applicant removed an unverified entry of their own, acknowledged.</li>
 * </ul>
 * Every answer goes through the service that owns it ({@code ApplicantService.verify}, {@code CorrectionService}),
 * which checks role, school and record again. {@link #act} answers any item with one of its kind's {@link Action}s.
 */
@Service
@Transactional(readOnly = true)
public class VerificationQueue {

    /** At most this many items are listed; the total counts all. */
    static final int LIMIT = 50;

    /** What kind of item: what an advisor is asked to do about it. */
    public enum Kind {
        /** An unverified entry: verify it. */
        VERIFY(List.of(Action.VERIFY)),
        /** A request to change a verified entry: accept (apply it) or decline. */
        CHANGE(List.of(Action.ACCEPT, Action.DECLINE)),
        /** A request to remove a verified entry: accept (remove it) or decline. */
        REMOVE(List.of(Action.ACCEPT, Action.DECLINE)),
        /** An applicant removed an unverified entry of their own: acknowledge it. */
        REMOVED(List.of(Action.ACKNOWLEDGE));

        private final List<Action> actions;

        Kind(List<Action> actions) {
            this.actions = actions;
        }

        /** The answers an advisor can give, the usual one first. */
        public List<Action> actions() {
            return actions;
        }

        static Kind of(EntryRequestKind kind) {
            return switch (kind) {
                case CHANGE -> CHANGE;
                case REMOVE -> REMOVE;
                case REMOVED -> REMOVED;
            };
        }
    }

    /** An advisor's answer to an item. */
    public enum Action { VERIFY, ACCEPT, DECLINE, ACKNOWLEDGE }

    /**
     * One item to look at.
     *
     * @param reference how the record names the entry, e.g. {@code exams[3]} (what {@code ApplicantService.verify}
     *                  takes); for a request, where the entry stood when it was asked about
     * @param value     VERIFY: the entry as the applicant entered it, a core record such as {@code ExamAttempt};
     *                  requests and notices: null (their words say what they concern)
     * @param enteredAt when the applicant entered or changed the entry, or made the request (null if unknown)
     * @param kind      what the item asks of an advisor
     * @param words     the item in words: "Dana Reyes asks to remove: USMLE Step 1, 10 Jun 2019, failed"
     * @param requestId the correction request or removal notice answered ({@code CorrectionService}); null for VERIFY
     * @param reason    the applicant's reason for a correction request; else null
     */
    public record AwaitingEntry(long applicantId, String applicantName, String reference, Object value,
            Instant enteredAt, Kind kind, String words, Long requestId, String reason) {

        /** An unverified entry (kind VERIFY) without words, as earlier callers made it. */
        public AwaitingEntry(long applicantId, String applicantName, String reference, Object value, Instant enteredAt) {
            this(applicantId, applicantName, reference, value, enteredAt, Kind.VERIFY, null, null, null);
        }

        /** The answers an advisor can give to this item. */
        public List<Action> actions() {
            return kind.actions();
        }
    }

    /** The listed items (newest first, at most {@link #LIMIT}) and how many there are in all. */
    public record Awaiting(List<AwaitingEntry> entries, long total) {
    }

    /** The outcome of answering an item: done, or refused with a stable code and a sentence (nothing changed). */
    public sealed interface Outcome {
        record Done(AwaitingEntry entry, Action action) implements Outcome {
        }

        record Refused(String code, String message) implements Outcome {
        }
    }

    private final CurrentUser currentUser;
    private final UnverifiedEntries unverified;
    private final OpenEntryRequests openRequests;
    private final ApplicantService applicants;
    private final CorrectionService corrections;
    private final EntryWords words;
    private final FeatureBundlesI18NProvider text;

    VerificationQueue(CurrentUser currentUser, UnverifiedEntries unverified, OpenEntryRequests openRequests,
            ApplicantService applicants, CorrectionService corrections, EntryWords words, FeatureBundlesI18NProvider text) {
        this.currentUser = currentUser;
        this.unverified = unverified;
        this.openRequests = openRequests;
        this.applicants = applicants;
        this.corrections = corrections;
        this.words = words;
        this.text = text;
    }

    /** The items of the applicants {@code query} covers, in the caller's school only, worded in English. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public Awaiting awaiting(DashboardQuery query) {
        return awaiting(query, Locale.ENGLISH);
    }

    /** The items of the applicants {@code query} covers, in the caller's school only, worded in {@code locale}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public Awaiting awaiting(DashboardQuery query, Locale locale) {
        MatchwiseUser user = currentUser.require();
        CaseloadScope scope = new CaseloadScope(user.schoolId(), query.matchYear(), query.specialty(), query.advisorId());
        var found = unverified.of(scope, LIMIT);
        var open = openRequests.of(scope, LIMIT);
        List<AwaitingEntry> items = new ArrayList<>(found.entries().size() + open.items().size());
        for (var e : found.entries()) {
            String name = e.givenName() + " " + e.familyName();
            items.add(new AwaitingEntry(e.applicantId(), name, e.reference(), e.value(), e.enteredAt(), Kind.VERIFY,
                    text.getTranslation("records.queue.VERIFY", locale, name, words.entry(e.value(), null, locale)),
                    null, null));
        }
        if (!open.items().isEmpty()) {
            Map<Long, Instant> when = new HashMap<>();
            open.items().forEach(o -> when.put(o.requestId(), o.requestedAt()));
            for (CorrectionView r : corrections.byIds(open.items().stream().map(OpenEntryRequests.Open::requestId).toList())) {
                items.add(new AwaitingEntry(r.applicantId(), r.applicantName(), r.item(), null, when.get(r.id()),
                        Kind.of(r.kind()), r.words(), r.id(), r.reason()));
            }
        }
        items.sort(Comparator.comparing(AwaitingEntry::enteredAt, Comparator.nullsLast(Comparator.reverseOrder())));
        List<AwaitingEntry> shown = items.size() > LIMIT ? List.copyOf(items.subList(0, LIMIT)) : List.copyOf(items);
        return new Awaiting(shown, found.total() + open.total());
    }

    /**
     * Verifies a listed entry through {@link ApplicantService#verify} (which checks role, school and record again),
     * provided it is still unverified and unchanged at its place; otherwise changes nothing and says so.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional
    public SaveResult verify(AwaitingEntry entry) {
        MatchwiseUser user = currentUser.require();
        var ref = java.util.regex.Pattern.compile("([A-Za-z]+)\\[(\\d{1,6})]").matcher(entry.reference());
        if (entry.kind() != Kind.VERIFY || !ref.matches() || !unverified.stillUnverified(user.schoolId(),
                entry.applicantId(), ref.group(1), Integer.parseInt(ref.group(2)), entry.value())) {
            return new SaveResult.Rejected("entry_changed", "The entry changed or was verified meanwhile.");
        }
        return applicants.verify(entry.applicantId(), entry.reference());
    }

    /**
     * Answers a listed item with one of its kind's actions: VERIFY an entry ({@link #verify}); ACCEPT or DECLINE
     * (with an optional {@code note} the applicant sees) a correction request; ACKNOWLEDGE a removal. An action the
     * item's kind does not offer is refused ({@code invalid_action}); so is an item answered meanwhile.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional
    public Outcome act(AwaitingEntry entry, Action action, String note) {
        if (action == null || !entry.actions().contains(action)) {
            return new Outcome.Refused("invalid_action", "This item cannot be answered that way.");
        }
        if (action == Action.VERIFY) {
            return switch (verify(entry)) {
                case SaveResult.Saved saved -> new Outcome.Done(entry, action);
                case SaveResult.Rejected r -> new Outcome.Refused(r.code(), r.message());
                case SaveResult.VersionConflict c -> new Outcome.Refused("entry_changed", "The record changed meanwhile.");
            };
        }
        CorrectionResult result = switch (action) {
            case ACCEPT -> corrections.accept(entry.requestId());
            case DECLINE -> corrections.decline(entry.requestId(), note);
            case ACKNOWLEDGE -> corrections.acknowledge(entry.requestId());
            case VERIFY -> throw new IllegalStateException("handled above");
        };
        return switch (result) {
            case CorrectionResult.Done done -> new Outcome.Done(entry, action);
            case CorrectionResult.Refused r -> new Outcome.Refused(r.code(), r.message());
        };
    }
}
