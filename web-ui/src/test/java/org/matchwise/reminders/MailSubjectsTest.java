package org.matchwise.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseMailTest;
import org.matchwise.account.Role;
import org.matchwise.admin.AdminFixtures;
import org.matchwise.admin.UserAdminService;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.SaveResult;
import org.matchwise.invitation.InvitationService;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.security.AccountSetup;
import org.matchwise.testing.ExampleCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every kind of mail Matchwise sends (invitation, reset asked for signed out, an admin's advisor invitation and
 * reset, an applicant's reminder, an advisor's digest) goes out with its subject and body in words: no message
 * key, resolved or not, reaches a mailbox. GreenMail is the SMTP server; the properties are InvitationServiceTest's,
 * so these share one application context.
 */
@MatchwiseMailTest
class MailSubjectsTest {

    /** A missing key shows as !key!; a key passed through unresolved looks like a.b.c. */
    private static final Pattern KEY = Pattern.compile("![a-zA-Z0-9_.]+!|\\b[a-z]+(\\.[a-zA-Z0-9_]+){2,}\\b");
    private static final String ADMIN = "admin@demo.example";
    private static final String ADVISOR = "advisor@demo.example";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(MatchwiseMailTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired InvitationService invitations;
    @Autowired UserAdminService admin;
    @Autowired ApplicantService applicants;
    @Autowired ReminderJob job;
    @Autowired ReminderPreferences preferences;
    @Autowired AccountSetup accounts;
    @Autowired UserDetailsService users;
    @Autowired RemediationPlanRepository plans;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    private MimeMessage awaitMailTo(String email) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(email)) {
                    return m;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail reached " + email);
    }

    private static void inWords(MimeMessage m, String expectedSubjectStart) throws Exception {
        String body = GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
        assertThat(m.getSubject()).as("subject").startsWith(expectedSubjectStart).doesNotContainPattern(KEY);
        // the body's links hold dotted host names (matchwise.test): drop them before looking for keys
        assertThat(body.replaceAll("https?://\\S+", "")).as("body of \"" + m.getSubject() + "\"")
                .doesNotContainPattern(KEY);
    }

    @Test
    void every_mail_the_app_sends_has_a_worded_subject_and_body() throws Exception {
        // an applicant's invitation, from an advisor
        String invited = "subject-invite-" + UUID.randomUUID() + "@applicants.example";
        ApplicantProfile profile = ExampleCases.pedsObservershipsLateStep2().profile().toBuilder().matchYear(2027)
                .externalId("SUBJ-" + UUID.randomUUID()).email(invited).build();
        long record = ((SaveResult.Saved) AsUser.call(users, ADVISOR,
                () -> applicants.create(profile, ADVISOR))).id();
        AsUser.call(users, ADVISOR, () -> invitations.invite(record, invited));
        inWords(awaitMailTo(invited), "Your Matchwise invitation from Demo School of Medicine");

        // a reset asked for signed out
        String resetting = "subject-reset-" + UUID.randomUUID() + "@demo.example";
        accounts.createSchoolWithAccounts(PortalFixture.SCHOOL, List.of(
                new AccountSetup.NewAccount(resetting, "Rhea Reset", Role.ADVISOR, "subject-reset-pass-4711")));
        invitations.requestReset(resetting);
        inWords(awaitMailTo(resetting), "Reset your Matchwise password");

        // an admin invites an advisor and resets another's password
        String advisor = "subject-advisor-" + UUID.randomUUID() + "@demo.example";
        AsUser.call(users, ADMIN, () -> admin.inviteAdvisor(advisor, "Ada Subject"));
        inWords(awaitMailTo(advisor), "Your Matchwise advisor account at Demo School of Medicine");
        String other = "subject-admin-reset-" + UUID.randomUUID() + "@demo.example";
        accounts.createSchoolWithAccounts(PortalFixture.SCHOOL, List.of(
                new AccountSetup.NewAccount(other, "Otto Reset", Role.ADVISOR, "subject-other-pass-4711")));
        long otherId = AsUser.call(users, ADMIN, () -> admin.users()).stream()
                .filter(u -> u.email().equals(other)).findFirst().orElseThrow().id();
        AsUser.call(users, ADMIN, () -> admin.resetPassword(otherId));
        inWords(awaitMailTo(other), "Choose a new Matchwise password");

        // an applicant's reminder and the advisor's weekly digest (an entry of theirs awaits verification)
        PortalFixture fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        String reminded = "subject-reminded-" + UUID.randomUUID() + "@applicants.example";
        PortalFixture.Applicant a = fixture.applicant(reminded, "Remy", "Subject");
        fixture.as(reminded, () -> preferences.save(true, true, 30));
        fixture.as(reminded, () -> {
            var mine = applicants.get(a.recordId());
            return applicants.replace(a.recordId(), mine.profile().toBuilder()
                    .exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, LocalDate.of(2027, 1, 20))).build(), mine.version());
        });
        job.run(LocalDate.of(2026, 12, 10));
        inWords(awaitMailTo(reminded), "Matchwise: ");
        int before = mail.getReceivedMessages().length;
        // a Monday no other test sends digests on
        job.run(LocalDate.of(2027, 3, 1));
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        MimeMessage digest = null;
        while (digest == null && System.nanoTime() < until) {
            MimeMessage[] all = mail.getReceivedMessages();
            for (int i = before; i < all.length; i++) {
                if (all[i].getAllRecipients()[0].toString().equals(ADVISOR)) {
                    digest = all[i];
                }
            }
            Thread.sleep(50);
        }
        assertThat(digest).as("the advisor's digest").isNotNull();
        inWords(digest, "Your Matchwise worklist this week: ");
    }
}
