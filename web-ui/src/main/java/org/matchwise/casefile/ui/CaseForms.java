package org.matchwise.casefile.ui;

import java.time.LocalDate;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;

/**
 * The form records the case view's entry editors bind (the Binder reads and writes records, never entities); each
 * converts to and from the core record it edits. Public because the Binder builds them by reflection. Unlike the
 * applicant's portal, an advisor also sets the advisor-only values: a letter's strength and a leave's reason.
 */
public final class CaseForms {

    private CaseForms() {
    }

    /** An exam attempt; a SCHEDULED attempt has no score. */
    public record ExamForm(Exam exam, LocalDate date, ExamOutcome outcome, Integer score) {
        static ExamForm of(ExamAttempt a) {
            return new ExamForm(a.exam(), a.date(), a.outcome(), a.score());
        }

        ExamAttempt toRecord() {
            return new ExamAttempt(exam, date, outcome, outcome == ExamOutcome.SCHEDULED ? null : score);
        }
    }

    /** A practice test (NBME, UWSA, ...). */
    public record PracticeForm(Exam exam, String form, LocalDate date, Integer predictedScore) {
        static PracticeForm of(PracticeAssessment p) {
            return new PracticeForm(p.exam(), p.form(), p.date(), p.predictedScore());
        }

        PracticeAssessment toRecord() {
            return new PracticeAssessment(exam, form.strip(), date, predictedScore);
        }
    }

    /** A clinical experience (USCE when in the US). */
    public record ExperienceForm(ClinicalKind kind, Specialty specialty, String institution, Setting setting, Boolean us,
            LocalDate start, LocalDate end, String supervisor) {
        static ExperienceForm of(ClinicalExperience e) {
            return new ExperienceForm(e.kind(), e.specialty(), e.institution(), e.setting(), e.us(), e.start(), e.end(),
                    e.supervisor());
        }

        ClinicalExperience toRecord() {
            return new ClinicalExperience(kind, specialty, blankToNull(institution), setting, Boolean.TRUE.equals(us),
                    start, end, blankToNull(supervisor));
        }
    }

    /** A letter of recommendation with the advisor's strength rating. */
    public record LetterForm(String writer, Specialty specialty, Boolean us, Boolean academic, LetterStatus status,
            LetterStrength strength, LocalDate date, Boolean waived, LocalDate dueDate) {
        static LetterForm of(Letter l) {
            return new LetterForm(l.writer(), l.specialty(), l.us(), l.academic(), l.status(), l.strength(), l.date(),
                    l.waived(), l.dueDate());
        }

        /** The letter; the experience it is linked to stays as stored in {@code was}. */
        Letter toRecord(Letter was) {
            return new Letter(writer.strip(), specialty, Boolean.TRUE.equals(us), Boolean.TRUE.equals(academic), status,
                    strength, date, Boolean.TRUE.equals(waived), dueDate, was == null ? null : was.linkedExperience());
        }
    }

    /** A timeline entry; only a leave of absence keeps a reason. */
    public record TimelineForm(TimelineKind kind, String title, LeaveReason reason, LocalDate start, LocalDate end,
            Boolean fullTime) {
        static TimelineForm of(TimelineEntry t) {
            return new TimelineForm(t.kind(), t.title(), t.reason(), t.start(), t.end(), t.fullTime());
        }

        TimelineEntry toRecord() {
            return new TimelineEntry(kind, blankToNull(title), kind == TimelineKind.LEAVE_OF_ABSENCE ? reason : null,
                    start, end, Boolean.TRUE.equals(fullTime));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
