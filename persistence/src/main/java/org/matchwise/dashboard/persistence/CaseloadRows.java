package org.matchwise.dashboard.persistence;

import java.time.LocalDate;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Step2Status;
import org.matchwise.plan.persistence.ActionStatus;
import org.matchwise.remediation.Owner;

/** The rows the aggregate queries answer: plain values, never entities. */
public final class CaseloadRows {

    private CaseloadRows() {
    }

    /**
     * One applicant of the scope with what the dashboard needs per person.
     *
     * @param targetSpecialties the stored comma-separated list, primary first
     * @param verdict           verdict of the latest stored assessment (null before the first)
     * @param step2Date         the date that set the Step 2 status: earliest pass (PASSED) or earliest scheduled
     *                          test (ON_TRACK, LATE); null otherwise
     */
    public record ApplicantRow(long id, String givenName, String familyName, String email, int matchYear,
            String targetSpecialties, String verdict, Step2Status step2Status, LocalDate step2Date,
            boolean openHighFlag, boolean reapplicant, long activeFlags) {
    }

    /** Applicants with at least one active (OPEN or ADDRESSED) flag in the category. */
    public record CategoryCount(FlagCategory category, long applicants) {
    }

    /** Letters at one status, and how many of them are past their due date and not yet received. */
    public record LetterCount(LetterStatus status, long letters, long overdue) {
    }

    /** A US clinical experience (hands-on or observership) with valid dates. */
    public record UsExperienceRow(long applicantId, ClinicalKind kind, org.matchwise.applicant.Specialty specialty,
            LocalDate start, LocalDate end) {
    }

    /** An open remediation action with a due date. */
    public record ActionRow(long actionId, long applicantId, String givenName, String familyName,
            FlagCategory category, String title, Owner owner, LocalDate dueDate, ActionStatus status) {
    }

    /** Open actions past due and due within the horizon. */
    public record ActionCounts(long overdue, long upcoming) {
    }
}
