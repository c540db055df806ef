package org.matchwise.imports;

import java.util.List;

/** The roster CSV's columns, exactly as the header must name them; the cohort export writes the same. */
public final class RosterColumns {

    public static final String EXTERNAL_ID = "externalId";
    public static final String GIVEN_NAME = "givenName";
    public static final String FAMILY_NAME = "familyName";
    public static final String EMAIL = "email";
    public static final String APPLICANT_TYPE = "applicantType";
    public static final String VISA = "visa";
    public static final String MEDICAL_SCHOOL = "medicalSchool";
    public static final String COUNTRY = "country";
    public static final String MATRICULATION_DATE = "matriculationDate";
    public static final String GRADUATION_DATE = "graduationDate";
    public static final String TARGET_SPECIALTIES = "targetSpecialties";
    public static final String MATCH_YEAR = "matchYear";
    public static final String ADVISOR_EMAIL = "advisorEmail";

    /** In the order the export writes them; an import accepts them in any order. */
    public static final List<String> ALL = List.of(EXTERNAL_ID, GIVEN_NAME, FAMILY_NAME, EMAIL, APPLICANT_TYPE, VISA,
            MEDICAL_SCHOOL, COUNTRY, MATRICULATION_DATE, GRADUATION_DATE, TARGET_SPECIALTIES, MATCH_YEAR, ADVISOR_EMAIL);

    /** Separates the specialties inside the targetSpecialties cell. */
    public static final String SPECIALTY_SEPARATOR = ";";

    private RosterColumns() {
    }
}
