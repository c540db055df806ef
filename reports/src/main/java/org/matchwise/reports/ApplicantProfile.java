package org.matchwise.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who the applicant is, display-ready.
 *
 * @param fullName           as the applicant writes it (any script)
 * @param applicantType      e.g. "US-IMG"
 * @param visaNeed           e.g. "None", "J-1"
 * @param graduationDate     medical school graduation, or {@code null} if not yet graduated
 * @param targetSpecialties  primary first
 */
public record ApplicantProfile(String fullName, String email, String applicantType, String visaNeed,
                               String medicalSchool, String medicalSchoolCountry, LocalDate graduationDate,
                               List<String> targetSpecialties, String advisorName) {
    public ApplicantProfile {
        Objects.requireNonNull(fullName, "fullName");
        targetSpecialties = List.copyOf(targetSpecialties);
    }

    public String primarySpecialty() {
        return targetSpecialties.isEmpty() ? null : targetSpecialties.getFirst();
    }
}
