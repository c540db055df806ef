package org.matchwise.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.ApplicantViews.NoteView;
import org.matchwise.assessment.Assessment;
import org.matchwise.explanation.DraftStatus;
import org.matchwise.explanation.ExplanationReport;
import org.matchwise.explanation.Placement;
import org.matchwise.flags.FlagCategory;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.remediation.CycleDates;
import org.matchwise.remediation.Owner;
import org.matchwise.ruleset.MatchCalendar;

/** The immutable view models of the case file; never entities. */
public final class CaseViews {

    private CaseViews() {
    }

    /** The answer to opening a case: the case file, or "not found" (unknown id, or another school's). */
    public sealed interface CaseLookup {
        record Found(CaseFile file) implements CaseLookup {
        }

        record NotFound(long id) implements CaseLookup {
        }
    }

    /**
     * Everything the case view shows when it opens, read in one transaction with a bounded number of queries
     * (the change history and cycle snapshots are read on demand).
     *
     * @param target   the Step 2 CK target band of the primary specialty from the rule set, or null when none is set
     * @param calendar the rule set's calendar for the applicant's match year
     */
    public record CaseFile(ApplicantRecord record, Assessment assessment, List<FlagView> flags, List<ActionView> actions,
            List<DraftView> drafts, List<NoteView> notes, TargetBand target, MatchCalendar calendar, CycleDates cycleDates) {
    }

    /** The Step 2 CK target band of a specialty, as the rule set's score bands give it. */
    public record TargetBand(int low, int high) {
    }

    /** One action of a remediation plan. */
    public record ActionView(long id, int matchYear, FlagCategory category, String title, Owner owner, LocalDate dueDate,
            ActionStatus state, String evidence, long version, boolean evidenceInternal) {
    }

    /** An explanation draft with what the checker found in it. */
    public record DraftView(long id, FlagCategory category, Placement placement, String body, DraftStatus state,
            String advisorComment, Instant updatedAt, ExplanationReport report) {
    }

    /** What to add to a plan: the catalogue's suggestion as edited by the advisor. */
    public record NewAction(FlagCategory category, String title, Owner owner, LocalDate dueDate) {
    }

    /** The outcome of a change to the plan, drafts or notes. */
    public sealed interface ChangeResult {
        /** Stored. */
        record Done(long id) implements ChangeResult {
        }

        /** Someone changed the item since the caller read it at {@code expected}; nothing was changed. */
        record Conflict(long expected, long current) implements ChangeResult {
        }

        /** Refused for a business reason (a message key of the casefile bundle). */
        record Refused(String code) implements ChangeResult {
        }
    }
}
