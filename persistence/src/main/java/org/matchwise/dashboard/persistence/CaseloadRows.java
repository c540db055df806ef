package org.matchwise.dashboard.persistence;

import java.time.LocalDate;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.Verdict;
import org.matchwise.remediation.ActionStatus;
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
            String targetSpecialties, Verdict verdict, Step2Status step2Status, LocalDate step2Date,
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

    /**
     * Applicants of the scope at one Step 2 CK status, with the headline markers counted among them.
     *
     * @param openHigh     with at least one OPEN flag of severity HIGH
     * @param notReady     whose latest stored assessment says NOT_READY
     * @param reapplicants with a cycle in an earlier match year
     */
    public record StatusCount(Step2Status status, long applicants, long openHigh, long notReady,
            long reapplicants) {
    }

    /**
     * How many applicants of the scope share a primary target specialty, a set of US clinical specialties and a
     * side of the hands-on threshold.
     *
     * @param primaryTargets the stored target list's first entry (null without targets)
     * @param usSpecialties  the specialties of their US clinical (not research) experiences
     * @param belowThreshold whether their US hands-on days fall short of the threshold
     */
    public record UsceGroup(org.matchwise.applicant.Specialty primaryTargets,
            java.util.Set<org.matchwise.applicant.Specialty> usSpecialties, boolean belowThreshold, long applicants) {
    }

    /** One applicant's US hands-on days and the specialties of their US clinical (not research) experiences. */
    public record UsceRow(long applicantId, String givenName, String familyName, String targetSpecialties,
            long handsOnDays, java.util.Set<org.matchwise.applicant.Specialty> usSpecialties) {
    }

    /** One applicant on the Step 2 CK board: status and the date that set it (see {@link ApplicantRow}). */
    public record Step2Row(long applicantId, String givenName, String familyName, Step2Status status,
            LocalDate date) {
    }
}
