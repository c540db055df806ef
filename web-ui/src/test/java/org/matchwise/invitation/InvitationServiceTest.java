package org.matchwise.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseMailTest;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.invitation.InvitationViews.InvitationState;
import org.matchwise.invitation.InvitationViews.InviteResult;
import org.matchwise.invitation.InvitationViews.LinkState;
import org.matchwise.invitation.InvitationViews.PasswordResult;
import org.matchwise.invitation.persistence.AccountTokenEntity;
import org.matchwise.invitation.persistence.AccountTokenRepository;
import org.matchwise.invitation.persistence.TokenPurpose;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.PasswordPolicy;
import org.matchwise.testing.ExampleCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Invitations and resets by mail (GreenMail as the SMTP server): one-time, expiring links stored as hashes. */
@MatchwiseMailTest
class InvitationServiceTest {

    static final int SMTP_PORT = MatchwiseMailTest.SMTP_PORT;
    static final Pattern LINK = Pattern.compile("http://matchwise\\.test/account/password\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired InvitationService invitations;
    @Autowired ApplicantService applicants;
    @Autowired AccountTokenRepository tokens;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder encoder;
    @Autowired AccountSetup setup;

    private long newRecord(String email) {
        ApplicantProfile p = ExampleCases.pedsObservershipsLateStep2().profile().toBuilder().matchYear(2027)
                .externalId("INV-" + UUID.randomUUID()).email(email).build();
        return ((SaveResult.Saved) AsUser.call(userDetails, "advisor@demo.example", () -> applicants.create(p, "advisor@demo.example"))).id();
    }

    /** The mails received for {@code email} so far. */
    private static java.util.List<MimeMessage> mailsTo(String email) throws Exception {
        java.util.List<MimeMessage> out = new java.util.ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessagesForDomain(email.substring(email.indexOf('@') + 1))) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Waits (mail goes out after commit, on its own thread) until {@code count} mails reached {@code email}. */
    static java.util.List<MimeMessage> awaitMailsTo(String email, int count) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (mailsTo(email).size() < count && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(mailsTo(email)).as("mails to " + email).hasSizeGreaterThanOrEqualTo(count);
        return mailsTo(email);
    }

    private String tokenFromMail(String email, int number) throws Exception {
        MimeMessage last = awaitMailsTo(email, number).get(number - 1);
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(last).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("the mail holds a set-password link").isTrue();
        return matcher.group(1);
    }

    private boolean signsIn(String email, String password) {
        var user = userDetails.loadUserByUsername(email);
        return encoder.matches(password, user.getPassword());
    }

    @Test
    void an_advisor_invites_an_applicant_who_sets_a_password_once_through_the_mailed_link() throws Exception {
        String email = "invited-" + UUID.randomUUID() + "@applicants.example";
        long record = newRecord(email);

        InviteResult result = AsUser.call(userDetails, "advisor@demo.example", () -> invitations.invite(record, email));

        assertThat(result).isInstanceOf(InviteResult.Sent.class);
        MimeMessage message = awaitMailsTo(email, 1).getFirst();
        assertThat(message.getSubject()).contains("Demo School of Medicine");
        String token = tokenFromMail(email, 1);
        assertThat(tokens.findAll()).extracting(AccountTokenEntity::getTokenHash)
                .as("only a hash of the token is stored").doesNotContain(token).contains(InvitationService.hash(token));
        assertThat(invitations.check(token)).isEqualTo(new LinkState.Usable(email, true));
        assertThat(AsUser.call(userDetails, "advisor@demo.example", () -> invitations.invitations()))
                .anySatisfy(i -> assertThat(i.email()).isEqualTo(email));

        assertThat(invitations.setPassword(token, "short", "short")).isInstanceOf(PasswordResult.Weak.class);
        assertThat(invitations.setPassword(token, "password1234", "password1234"))
                .isEqualTo(new PasswordResult.Weak(java.util.List.of(PasswordPolicy.Problem.COMMON)));
        assertThat(invitations.setPassword(token, "a long enough pass phrase", "another pass phrase"))
                .isInstanceOf(PasswordResult.Mismatch.class);
        assertThat(invitations.setPassword(token, "a long enough pass phrase", "a long enough pass phrase"))
                .isEqualTo(new PasswordResult.Done(email));
        assertThat(signsIn(email, "a long enough pass phrase")).isTrue();

        assertThat(invitations.setPassword(token, "a second pass phrase!", "a second pass phrase!"))
                .as("the link works once").isInstanceOf(PasswordResult.LinkUnusable.class);
        assertThat(invitations.check(token)).isInstanceOf(LinkState.Unusable.class);
        assertThat(signsIn(email, "a long enough pass phrase")).isTrue();
        Long linkedUser = AsUser.call(userDetails, "advisor@demo.example", () -> applicants.get(record)).linkedUserId();
        assertThat(linkedUser).as("the account is linked to the record").isNotNull();
        assertThat(AsUser.call(userDetails, "advisor@demo.example", () -> invitations.invitations()))
                .filteredOn(i -> i.email().equals(email)).extracting(i -> i.state()).containsExactly(InvitationState.ACCEPTED);
    }

    @Test
    void a_link_expires_after_48_hours_and_a_newer_invitation_replaces_the_older_link() throws Exception {
        String email = "twice-" + UUID.randomUUID() + "@applicants.example";
        long record = newRecord(email);
        AsUser.call(userDetails, "advisor@demo.example", () -> invitations.invite(record, email));
        String first = tokenFromMail(email, 1);
        AccountTokenEntity stored = tokens.findByTokenHash(InvitationService.hash(first)).orElseThrow();
        assertThat(Duration.between(stored.getCreatedAt(), stored.getExpiresAt())).isEqualTo(Duration.ofHours(48));
        assertThat(stored.isUsableAt(stored.getExpiresAt().minusSeconds(1))).isTrue();
        assertThat(stored.isUsableAt(stored.getExpiresAt())).isFalse();

        AsUser.call(userDetails, "admin@demo.example", () -> invitations.invite(record, email));
        String second = tokenFromMail(email, 2);

        assertThat(second).isNotEqualTo(first);
        assertThat(invitations.setPassword(first, "a long enough pass phrase", "a long enough pass phrase"))
                .isInstanceOf(PasswordResult.LinkUnusable.class);
        assertThat(invitations.setPassword(second, "a long enough pass phrase", "a long enough pass phrase"))
                .isInstanceOf(PasswordResult.Done.class);
    }

    @Test
    void an_expired_stored_link_no_longer_sets_a_password() {
        String email = "expired-" + UUID.randomUUID() + "@applicants.example";
        long record = newRecord(email);
        AsUser.call(userDetails, "advisor@demo.example", () -> invitations.invite(record, email));
        var user = userDetails.loadUserByUsername(email);
        long userId = ((org.matchwise.security.MatchwiseUser) user).id();
        long schoolId = ((org.matchwise.security.MatchwiseUser) user).schoolId();
        Instant longAgo = Instant.now().minus(Duration.ofDays(3));
        tokens.saveAndFlush(new AccountTokenEntity(userId, schoolId, TokenPurpose.INVITATION,
                InvitationService.hash("an-old-token-from-three-days-ago"), longAgo, null, longAgo.plus(Duration.ofHours(48))));

        assertThat(invitations.setPassword("an-old-token-from-three-days-ago", "a long enough pass phrase",
                "a long enough pass phrase")).isInstanceOf(PasswordResult.LinkUnusable.class);
        assertThat(invitations.check("no-such-token")).isInstanceOf(LinkState.Unusable.class);
    }

    @Test
    void a_reset_request_mails_only_existing_accounts_and_answers_the_same_either_way() throws Exception {
        String email = "reset-" + UUID.randomUUID() + "@applicants.example";
        setup.createSchoolWithAccounts("Demo School of Medicine", java.util.List.of(new AccountSetup.NewAccount(email,
                "Reset Person", org.matchwise.account.Role.APPLICANT, "the old pass phrase")));
        String nobody = "nobody-" + UUID.randomUUID() + "@applicants.example";
        invitations.requestReset(nobody);
        invitations.requestReset(email.toUpperCase());
        String token = tokenFromMail(email, 1);
        invitations.requestReset(email);
        Thread.sleep(500);
        // counted per recipient: mail of an earlier test may still arrive late, from the account-mail thread
        assertThat(mailsTo(email)).as("one mail, no second one within minutes").hasSize(1);
        assertThat(mailsTo(nobody)).as("none for an unknown email").isEmpty();

        assertThat(invitations.check(token)).isEqualTo(new LinkState.Usable(email, false));
        assertThat(invitations.setPassword(token, "the new pass phrase", "the new pass phrase"))
                .isInstanceOf(PasswordResult.Done.class);
        assertThat(signsIn(email, "the new pass phrase")).isTrue();
        assertThat(signsIn(email, "the old pass phrase")).isFalse();
    }

    @Test
    void only_advisors_and_admins_invite_and_only_records_of_their_school() {
        String email = "denied-" + UUID.randomUUID() + "@applicants.example";
        long record = newRecord(email);

        assertThatThrownBy(() -> AsUser.call(userDetails, "applicant@demo.example", () -> invitations.invite(record, email)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(userDetails, "applicant@demo.example", () -> invitations.invitations()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(userDetails, "advisor@demo.example", () -> invitations.invite(987654321L, email)))
                .isInstanceOf(ApplicantNotFoundException.class);
        assertThat(AsUser.call(userDetails, "advisor@demo.example", () -> invitations.invite(record, "advisor@demo.example")))
                .as("a staff email cannot become an applicant account")
                .isEqualTo(new InviteResult.Refused("email_in_use"));
        assertThat(AsUser.call(userDetails, "advisor@demo.example", () -> invitations.invite(record, "not an email")))
                .isEqualTo(new InviteResult.Refused("invalid_email"));
    }
}
