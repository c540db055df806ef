package org.matchwise.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who the applicant is, display-ready: the report's view of core's {@code ApplicantProfile}, with labels in
 * place of enums and the advisor's name added.
 *
 * @param fullName           as the applicant writes it (any script)
 * @param applicantType      e.g. "US-IMG"
 * @param visaNeed           e.g. "None", "J-1"
 * @param graduationDate     medical school graduation, or {@code null} if not yet graduated
 * @param targetSpecialties  primary first
 */
public record ReportApplicant(String fullName, String email, String applicantType, String visaNeed,
                               String medicalSchool, String medicalSchoolCountry, LocalDate graduationDate,
                               List<String> targetSpecialties, String advisorName) {
    public ReportApplicant {
        Objects.requireNonNull(fullName, "fullName");
        targetSpecialties = List.copyOf(targetSpecialties);
    }

    public String primarySpecialty() {
        return targetSpecialties.isEmpty() ? null : targetSpecialties.getFirst();
    }
}
