package org.matchwise.portal.ui;


import java.util.EnumMap;
import java.util.Map;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;
import org.matchwise.applicant.ui.EntryForms;

/**
 * The portal's own form records (Binder reads and writes records); each converts to and from the core record it
 * edits. The entry forms the case view edits alike are in {@link EntryForms}.
 */
public final class Forms {

    private Forms() {
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
