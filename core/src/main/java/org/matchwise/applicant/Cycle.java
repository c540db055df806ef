package org.matchwise.applicant;

import java.util.List;

/**
 * One application season of the applicant.
 *
 * @param feedback optional: what programs or advisors said afterwards
 */
public record Cycle(int matchYear, CycleOutcome outcome, List<SpecialtyApplication> specialties, String feedback) {
    public Cycle {
        Checks.required(outcome, "outcome");
        specialties = Checks.list(specialties, "specialties");
    }

    public Cycle(int matchYear, CycleOutcome outcome, List<SpecialtyApplication> specialties) {
        this(matchYear, outcome, specialties, null);
    }

    public int programsApplied() {
        int total = 0;
        for (SpecialtyApplication s : specialties) {
            total += s.programsApplied();
        }
        return total;
    }
}
