package org.matchwise.portal.ui;

import static org.matchwise.applicant.ui.EntryForms.blankToNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.ui.EntryForms;

/**
 * The portal's own form records (Binder reads and writes records); each converts to and from the core record it
 * edits. Fields an applicant does not set (a letter's strength rating, a leave reason) are not in the forms; the
 * service keeps their stored values. The forms the case view edits alike are in {@link EntryForms}.
 */
public final class Forms {

    private Forms() {
    }

    public record LetterForm(String writer, Specialty specialty, Boolean us, Boolean academic, LetterStatus status,
            LocalDate date, Boolean waived, LocalDate dueDate) {
        static LetterForm of(Letter l) {
            return new LetterForm(l.writer(), l.specialty(), l.us(), l.academic(), l.status(), l.date(), l.waived(),
                    l.dueDate());
        }

        /** The letter; the advisor's strength rating and the linked experience stay as stored in {@code was}. */
        Letter toRecord(Letter was) {
            return new Letter(writer.strip(), specialty, Boolean.TRUE.equals(us), Boolean.TRUE.equals(academic), status,
                    was == null ? null : was.strength(), date, Boolean.TRUE.equals(waived), dueDate,
                    was == null ? null : was.linkedExperience());
        }
    }

    public record TimelineForm(TimelineKind kind, String title, LocalDate start, LocalDate end, Boolean fullTime) {
        static TimelineForm of(TimelineEntry t) {
            return new TimelineForm(t.kind(), t.title(), t.start(), t.end(), t.fullTime());
        }

        /** The entry; a leave's reason stays as stored in {@code was} (applicants neither see nor set it here). */
        TimelineEntry toRecord(TimelineEntry was) {
            return new TimelineEntry(kind, blankToNull(title), was == null ? null : was.reason(), start, end,
                    Boolean.TRUE.equals(fullTime));
        }
    }

    public record ApplicationForm(Specialty specialty, Integer programsApplied, Integer interviews, Integer reach,
            Integer target, Integer safety) {
        static ApplicationForm of(SpecialtyApplication s) {
            return new ApplicationForm(s.specialty(), s.programsApplied(), s.interviews(),
                    s.programsPerTier().get(Tier.REACH), s.programsPerTier().get(Tier.TARGET),
                    s.programsPerTier().get(Tier.SAFETY));
        }

        SpecialtyApplication toRecord() {
            Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
            if (reach != null) {
                tiers.put(Tier.REACH, reach);
            }
            if (target != null) {
                tiers.put(Tier.TARGET, target);
            }
            if (safety != null) {
                tiers.put(Tier.SAFETY, safety);
            }
            return new SpecialtyApplication(specialty, programsApplied == null ? 0 : programsApplied, interviews, tiers);
        }
    }

}
