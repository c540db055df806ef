package org.matchwise.applicant;

/** The medical school the applicant attended; {@code country} is an ISO code and may be null. */
public record MedicalSchool(String name, String country) {
    public MedicalSchool {
        Checks.required(name, "medicalSchool.name");
    }
}
