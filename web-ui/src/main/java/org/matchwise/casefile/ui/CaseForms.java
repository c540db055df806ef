package org.matchwise.casefile.ui;

import static org.matchwise.applicant.ui.EntryForms.blankToNull;

import java.time.LocalDate;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.ui.EntryForms;

/**
 * The case view's own form records (the Binder reads and writes records, never entities); each converts to and from
 * the core record it edits. Public because the Binder builds them by reflection. Only the forms that differ from the
 * applicant's portal are here: an advisor also sets the advisor-only values, a letter's strength and a leave's
 * reason. The forms both sides share are in {@link EntryForms}.
 */
public final class CaseForms {

    private CaseForms() {
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

}
