package org.matchwise.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.matchwise.AsUser;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.PersonName;
import org.matchwise.applicant.SaveResult;
import org.matchwise.flags.FlagCategory;
import org.matchwise.plan.persistence.RemediationActionEntity;
import org.matchwise.plan.persistence.RemediationPlanEntity;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.remediation.Owner;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.testing.ExampleCases;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test applicants of the demo school with their own accounts, records and plans, created through the
 * services (once per Spring context: the methods are idempotent). The demo applicant account is left alone,
 * other tests link it to records of their own.
 */
public final class PortalFixture {

    public static final String SCHOOL = "Demo School of Medicine";
    public static final String PASSWORD = "portal-test-password-4711";

    /** One test applicant: account email, record id, and the ids of an applicant-owned and an advisor-owned action. */
    public record Applicant(String email, long recordId, long ownAction, long advisorAction) {
    }

    private final AccountSetup accounts;
    private final UserDetailsService userDetails;
    private final ApplicantService applicants;
    private final RemediationPlanRepository plans;
    private final TransactionTemplate tx;
    private final Clock clock;

    public PortalFixture(AccountSetup accounts, UserDetailsService userDetails, ApplicantService applicants,
            RemediationPlanRepository plans, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.applicants = applicants;
        this.plans = plans;
        this.tx = tx;
        this.clock = clock;
    }

    /** The applicant with this email, created with a record (match year 2027) and a plan on first use. */
    public synchronized Applicant applicant(String email, String given, String family) {
        boolean exists;
        try {
            userDetails.loadUserByUsername(email);
            exists = true;
        } catch (UsernameNotFoundException e) {
            exists = false;
        }
        if (!exists) {
            accounts.createSchoolWithAccounts(SCHOOL, List.of(new NewAccount(email, given + " " + family, Role.APPLICANT,
                    PASSWORD)));
        }
        Long id = as(email, () -> applicants.myRecordId().orElse(null));
        if (id == null) {
            ApplicantProfile profile = ExampleCases.medPedsStep1Retake().profile().toBuilder()
                    .externalId("PORTAL-" + UUID.randomUUID()).name(new PersonName(given, family)).email(email)
                    .matchYear(2027).build();
            SaveResult created = as("advisor@demo.example", () -> applicants.create(profile, "advisor@demo.example"));
            long recordId = ((SaveResult.Saved) created).id();
            as("admin@demo.example", () -> applicants.linkAccount(recordId, email));
            id = recordId;
        }
        long recordId = id;
        long[] actions = tx.execute(s -> {
            RemediationPlanEntity plan = plans.findByApplicantIdAndMatchYear(recordId, 2027).orElseGet(() -> {
                RemediationPlanEntity p = new RemediationPlanEntity(recordId, 2027, clock.instant(), null);
                p.addAction(FlagCategory.EXAM_FAILURE, "Take one NBME self-assessment every week", Owner.APPLICANT,
                        LocalDate.of(2026, 12, 15));
                p.addAction(FlagCategory.LETTERS, "Review the letter writers list", Owner.ADVISOR,
                        LocalDate.of(2026, 12, 20));
                return plans.saveAndFlush(p);
            });
            List<RemediationActionEntity> list = plan.getActions();
            return new long[] {list.get(0).getId(), list.get(1).getId()};
        });
        return new Applicant(email, recordId, actions[0], actions[1]);
    }

    /** Runs {@code action} signed in as {@code email} (shorthand for {@link AsUser#call}). */
    public <T> T as(String email, Supplier<T> action) {
        return AsUser.call(userDetails, email, action);
    }
}
