package org.matchwise.applicant.ui;

import java.time.LocalDate;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;

/**
 * The form records the case view and the portal both bind (the Binder reads and writes records, never entities);
 * each converts to and from the core record it edits. Public because both UI packages use them and the Binder builds
 * them by reflection. Letters and timeline entries are not here: the advisor also sets a letter's strength and a
 * leave's reason, the applicant does not, so each side keeps its own form for those.
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

    /** Null for a missing or blank text, else the text stripped. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
