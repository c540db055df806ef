package org.matchwise.applicant;

/**
 * No applicant with this id in the caller's school (or, for an applicant, not their own record). The same
 * answer whether the id exists elsewhere or not, so no school learns about another's records.
 */
public class ApplicantNotFoundException extends RuntimeException {

    public ApplicantNotFoundException(long id) {
        super("No applicant " + id + " in your school.");
    }
}
