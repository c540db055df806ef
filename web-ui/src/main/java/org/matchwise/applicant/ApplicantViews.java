package org.matchwise.applicant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.FlagStatus;
import org.matchwise.flags.PatternMark;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.note.NoteVisibility;
import org.matchwise.readiness.CycleComparison;
import org.matchwise.readiness.Verdict;

/** The immutable view models the applicant services return; never entities. */
public final class ApplicantViews {

    private ApplicantViews() {
    }

    /** The filters of the applicant list; every one optional. {@code text} matches name, email or external id. */
    public record ListFilter(String text, Integer matchYear, Long advisorId, FlagCategory openFlag) {
        public static ListFilter none() {
            return new ListFilter(null, null, null, null);
        }
    }

    /** One row of the applicant list. */
    public record ApplicantSummary(long id, String externalId, String name, String email, int matchYear,
            List<Specialty> targetSpecialties, List<Long> advisorIds, long version) {
    }

    /** One page of the list. */
    public record ApplicantPage(List<ApplicantSummary> items, int page, int size, long total) {
    }

    /**
     * The record itself.
     *
     * @param unverified references of entries an applicant entered that no advisor verified yet
     * @param redacted   true when sensitive parts were left out (the applicant's own view)
     */
    public record ApplicantRecord(long id, long version, ApplicantProfile profile, List<String> unverified,
            Long linkedUserId, boolean redacted) {
    }

    /**
     * A stored flag.
     *
     * @param shared a manual flag (R18) the advisor shares with the applicant; false for every other flag
     */
    public record FlagView(long id, RuleId rule, FlagCategory category, Severity severity, PatternMark pattern,
            String message, List<String> evidence, FlagStatus state, LocalDate openedOn, LocalDate closedOn,
            String addressedNote, Long addressedBy, Instant addressedAt, Integer ruleSetVersion, boolean shared) {
    }

    /** One application season of the record. */
    public record CycleView(int matchYear, CycleOutcome outcome, CycleStatus state, Instant submittedAt, Instant closedAt) {
    }

    /** What a case page shows first. */
    public record CaseOverview(ApplicantSummary summary, Verdict verdict, int ruleSetVersion, List<FlagView> activeFlags,
            List<String> unverified, List<CycleView> cycles, CycleComparison sinceLastUnmatchedCycle) {
    }

    /**
     * One change in the record's history.
     *
     * @param item    "applicant" for the record's own fields, else the entry, e.g. {@code exams[1]}
     * @param kind    ADDED, CHANGED, VERIFIED (an advisor confirmed the entry, none of its fields changed; the user is
     *                the verifier) or REMOVED. An entry that only moved in its list is not listed.
     * @param changes for CHANGED "field: old -> new"; for ADDED and VERIFIED the entry's values; for REMOVED the last
     *                (field names and raw values, for programs)
     * @param entry   the entry in words, e.g. "USMLE Step 1, 10 Jun 2019, failed" ("The record itself" for its own fields)
     * @param words   the changed fields in words, e.g. "Outcome: failed \u2192 passed"
     */
    public record ChangeView(long revision, Instant at, Long userId, String userName, String item, String kind,
            List<String> changes, String entry, List<String> words) {
    }

    /**
     * A frozen cycle snapshot.
     *
     * @param comparison what had changed, at the time, since the cycle before (null for a first cycle, or when the
     *                   snapshot cannot be read)
     * @param unreadable null, or why the stored snapshot's profile cannot be read (it is listed all the same)
     */
    public record SnapshotView(long id, int matchYear, String kind, Instant takenAt, Long takenBy, int ruleSetVersion,
            String verdict, CycleComparison comparison, String unreadable) {
    }

    /** The history of a record: field-level changes, cycle snapshots and what changed since the last unmatched cycle. */
    public record HistoryView(List<ChangeView> changes, List<SnapshotView> snapshots, CycleComparison sinceLastUnmatchedCycle) {
    }

    /** An advising note. */
    public record NoteView(long id, long authorId, String authorName, NoteVisibility visibility, String text, Instant createdAt) {
    }
}
