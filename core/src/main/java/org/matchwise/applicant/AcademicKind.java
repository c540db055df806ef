package org.matchwise.applicant;

/** The kind of an academic event raised by R12. */
public enum AcademicKind {
    COURSE_FAILURE, CLERKSHIP_FAILURE, REPEATED_YEAR, REMEDIATION, PROBATION;

    /** Course and clerkship failures can be repeated and passed, which is evidence of recovery. */
    public boolean isFailure() {
        return this == COURSE_FAILURE || this == CLERKSHIP_FAILURE;
    }
}
