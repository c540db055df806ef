package org.matchwise.imports;

import java.time.LocalDate;
import java.util.List;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.MedicalSchool;
import org.matchwise.applicant.PersonName;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Visa;

/**
 * One valid roster row: the identity fields of an applicant. A roster never carries exams, experiences,
 * letters or cycles, so importing it over an existing applicant keeps those records as they are.
 *
 * @param row the spreadsheet row number (header = 1)
 */
record RosterRow(int row, String externalId, String givenName, String familyName, String email,
        ApplicantType applicantType, Visa visa, String medicalSchool, String country, LocalDate matriculationDate,
        LocalDate graduationDate, List<Specialty> targetSpecialties, int matchYear, String advisorEmail) {

    RosterRow {
        targetSpecialties = List.copyOf(targetSpecialties);
    }

    /** The profile this row describes: {@code existing} (null for a new applicant) with the roster's fields. */
    ApplicantProfile applyTo(ApplicantProfile existing) {
        ApplicantProfile.Builder b = existing == null ? ApplicantProfile.builder() : existing.toBuilder();
        return b.externalId(externalId)
                .name(new PersonName(givenName, familyName))
                .email(email)
                .applicantType(applicantType)
                .visa(visa)
                .medicalSchool(medicalSchool == null ? null : new MedicalSchool(medicalSchool, country))
                .matriculationDate(matriculationDate)
                .graduationDate(graduationDate)
                .targetSpecialties(targetSpecialties)
                .matchYear(matchYear)
                .build();
    }
}
