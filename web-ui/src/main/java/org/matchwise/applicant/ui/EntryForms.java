package org.matchwise.applicant.ui;

import java.time.LocalDate;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.Specialty;

/**
 * The form records the case view and the portal both bind (the Binder reads and writes records, never entities);
 * each converts to and from the core record it edits. Public because both UI packages use them and the Binder builds
 * them by reflection. The advisor-only values (a letter's strength, a leave's reason) are in the forms too; the
 * applicant's editor does not show them and keeps what is stored.
 */
public final class EntryForms {

    private EntryForms() {
    }

    /** An exam attempt; a SCHEDULED attempt has no score. */
    public record ExamForm(Exam exam, LocalDate date, ExamOutcome outcome, Integer score) {
        public static ExamForm of(ExamAttempt a) {
            return new ExamForm(a.exam(), a.date(), a.outcome(), a.score());
        }

        public ExamAttempt toRecord() {
            return new ExamAttempt(exam, date, outcome, outcome == ExamOutcome.SCHEDULED ? null : score);
        }
    }

    /** A practice test (NBME, UWSA, ...). */
    public record PracticeForm(Exam exam, String form, LocalDate date, Integer predictedScore) {
        public static PracticeForm of(PracticeAssessment p) {
            return new PracticeForm(p.exam(), p.form(), p.date(), p.predictedScore());
        }

        public PracticeAssessment toRecord() {
            return new PracticeAssessment(exam, form.strip(), date, predictedScore);
        }
    }

    /** A clinical experience (USCE when in the US). */
    public record ExperienceForm(ClinicalKind kind, Specialty specialty, String institution, Setting setting, Boolean us,
            LocalDate start, LocalDate end, String supervisor) {
        public static ExperienceForm of(ClinicalExperience e) {
            return new ExperienceForm(e.kind(), e.specialty(), e.institution(), e.setting(), e.us(), e.start(), e.end(),
                    e.supervisor());
        }

        public ClinicalExperience toRecord() {
            return new ClinicalExperience(kind, specialty, blankToNull(institution), setting, Boolean.TRUE.equals(us),
                    start, end, blankToNull(supervisor));
        }
    }

    /**
     * A letter of recommendation. The strength is the advisor's rating: the applicant's editor neither shows nor sets
     * it, and keeps the stored one ({@code was}).
     */
    public record LetterForm(String writer, Specialty specialty, Boolean us, Boolean academic, LetterStatus status,
            LetterStrength strength, LocalDate date, Boolean waived, LocalDate dueDate) {
        public static LetterForm of(Letter l) {
            return new LetterForm(l.writer(), l.specialty(), l.us(), l.academic(), l.status(), l.strength(), l.date(),
                    l.waived(), l.dueDate());
        }

        /** The letter; the experience it is linked to stays as stored in {@code was}. */
        public Letter toRecord(Letter was, boolean withStrength) {
            return new Letter(writer.strip(), specialty, Boolean.TRUE.equals(us), Boolean.TRUE.equals(academic), status,
                    withStrength ? strength : was == null ? null : was.strength(), date, Boolean.TRUE.equals(waived),
                    dueDate, was == null ? null : was.linkedExperience());
        }
    }

    /**
     * A timeline entry; only a leave of absence keeps a reason, which only the advisor sees and sets (the applicant's
     * editor keeps the stored one, {@code was}).
     */
    public record TimelineForm(TimelineKind kind, String title, LeaveReason reason, LocalDate start, LocalDate end,
            Boolean fullTime) {
        public static TimelineForm of(TimelineEntry t) {
            return new TimelineForm(t.kind(), t.title(), t.reason(), t.start(), t.end(), t.fullTime());
        }

        public TimelineEntry toRecord(TimelineEntry was, boolean withReason) {
            LeaveReason kept = withReason ? reason : was == null ? null : was.reason();
            return new TimelineEntry(kind, blankToNull(title), kind == TimelineKind.LEAVE_OF_ABSENCE ? kept : null,
                    start, end, Boolean.TRUE.equals(fullTime));
        }
    }

    /** Null for a missing or blank text, else the text stripped. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
