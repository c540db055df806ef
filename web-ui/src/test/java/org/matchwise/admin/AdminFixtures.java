package org.matchwise.admin;

import static org.matchwise.testing.Profiles.d;

import java.util.List;
import java.util.UUID;
import org.matchwise.AsUser;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.testing.Profiles;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Test data for the admin tests: a second school, applicants made through the services, calls as a user. */
public final class AdminFixtures {

    public static final String ADMIN = "admin@demo.example";
    public static final String ADVISOR = "advisor@demo.example";
    public static final String OTHER_SCHOOL = "Other School of Medicine";
    public static final String OTHER_ADMIN = "admin@other-medicine.example";
    public static final String OTHER_ADVISOR = "advisor@other-medicine.example";

    private AdminFixtures() {
    }

    /**
     * A second school with its own admin and advisor (created once per application context; the addresses are
     * this fixture's own, as other tests' second schools live in the same shared context).
     */
    public static void otherSchool(AccountSetup setup) {
        synchronized (AdminFixtures.class) {
            if (!setup.schoolExists(OTHER_SCHOOL)) {
                setup.createSchoolWithAccounts(OTHER_SCHOOL, List.of(
                        new NewAccount(OTHER_ADMIN, "Olive Other", Role.ADMIN, "other-admin-password"),
                        new NewAccount(OTHER_ADVISOR, "Oscar Other", Role.ADVISOR, "other-advisor-password")));
            }
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A 2027 applicant with no flag (graduated 2024). */
    public static ApplicantProfile recentGraduate(String externalId) {
        return Profiles.clean().externalId(externalId).name("Recent", externalId).email(externalId + "@example.org")
                .build();
    }

    /**
     * The same applicant, but graduated in 2015 with research since: only R7 (time since graduation) fires
     * with the default three years, and nothing fires once the limit is raised above eleven years.
     */
    public static ApplicantProfile longAgoGraduate(String externalId) {
        return Profiles.clean().externalId(externalId).name("Early", externalId).email(externalId + "@example.org")
                .matriculationDate(d("2011-08-15")).graduationDate(d("2015-05-30"))
                .exams(List.of(ExamAttempt.passed(Exam.USMLE_STEP1, d("2013-06-01")),
                        ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2014-07-01"), 240)))
                .timeline(List.of(TimelineEntry.of(TimelineKind.EDUCATION, d("2011-08-15"), d("2015-05-30"), true),
                        TimelineEntry.of(TimelineKind.RESEARCH, d("2015-06-15"), null, false)))
                .build();
    }

    /** Stores {@code profile} in the demo school (as its admin) with the demo advisor; returns the id. */
    public static long store(UserDetailsService accounts, ApplicantService applicants, ApplicantProfile profile) {
        SaveResult result = AsUser.call(accounts, ADMIN, () -> applicants.create(profile, ADVISOR));
        if (result instanceof SaveResult.Saved saved) {
            return saved.id();
        }
        throw new IllegalStateException("test applicant refused: " + result);
    }
}
