package org.matchwise.applicant;

import java.time.LocalDate;

/** A professionalism or disciplinary event (R13); sensitive, advisors only. {@code date} is optional. */
public record ProfessionalismEvent(LocalDate date, String description, boolean formalRemediation, boolean inMspe) {
    public ProfessionalismEvent {
        Checks.required(description, "description");
    }
}
