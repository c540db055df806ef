package org.matchwise.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matchwise.admin.AdminFixtures.ADMIN;
import static org.matchwise.admin.AdminFixtures.ADVISOR;
import static org.matchwise.admin.AdminFixtures.OTHER_ADMIN;
import static org.matchwise.admin.AdminFixtures.OTHER_ADVISOR;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseMailTest;
import org.matchwise.invitation.InvitationService;
import org.matchwise.invitation.InvitationViews.PasswordResult;
import org.springframework.security.core.AuthenticationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.account.Role;
import org.matchwise.admin.AdminViews.AccountResult;
import org.matchwise.admin.AdminViews.AdminUser;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

@MatchwiseMailTest
class UserAdminServiceTest {

    static final int SMTP_PORT = MatchwiseMailTest.SMTP_PORT;
    static final Pattern LINK = Pattern.compile("http://matchwise\\.test/account/password\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    UserAdminService service;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    AccountSetup setup;
    @Autowired
    ApplicantService applicants;
    @Autowired
    InvitationService invitations;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void schools() {
        AdminFixtures.otherSchool(setup);
    }

    private AdminUser user(String adminEmail, String email) {
        return AsUser.call(accounts, adminEmail, () -> service.users()).stream().filter(u -> u.email().equals(email))
                .findFirst().orElseThrow();
    }

    private long idOf(String adminEmail, String email) {
        return user(adminEmail, email).id();
    }

    @Test
    void an_admin_lists_only_the_accounts_of_their_own_school() {
        var emails = AsUser.call(accounts, ADMIN, () -> service.users()).stream().map(AdminUser::email).toList();

        assertThat(emails).contains(ADMIN, ADVISOR, "applicant@demo.example")
                .doesNotContain(OTHER_ADMIN, OTHER_ADVISOR);
    }

    @Test
    void an_admin_can_never_deactivate_themselves() {
        long me = idOf(ADMIN, ADMIN);

        AccountResult result = AsUser.call(accounts, ADMIN, () -> service.deactivate(me));

        assertThat(result).isEqualTo(new AccountResult.Refused("self"));
        assertThat(user(ADMIN, ADMIN).enabled()).isTrue();
    }

    @Test
    void an_admin_cannot_deactivate_reset_or_staff_an_account_of_another_school() {
        long foreign = idOf(OTHER_ADMIN, OTHER_ADVISOR);

        assertThat(AsUser.call(accounts, ADMIN, () -> service.deactivate(foreign)))
                .isEqualTo(new AccountResult.Refused("not_found"));
        assertThat(AsUser.call(accounts, ADMIN, () -> service.reactivate(foreign)))
                .isEqualTo(new AccountResult.Refused("not_found"));
        assertThat(AsUser.call(accounts, ADMIN, () -> service.resetPassword(foreign)))
                .isEqualTo(new AccountResult.Refused("not_found"));
        assertThat(AsUser.call(accounts, ADMIN, () -> service.assignCaseload(foreign, Set.of())))
                .isEqualTo(new AccountResult.Refused("not_found"));
        assertThat(AsUser.call(accounts, ADMIN, () -> service.caseloadOf(foreign))).isEmpty();
        assertThat(user(OTHER_ADMIN, OTHER_ADVISOR).enabled()).isTrue();
    }

    @Test
    void an_applicant_of_another_school_cannot_be_put_on_a_caseload() {
        long foreignApplicant;
        String externalId = AdminFixtures.unique("OTHER");
        var saved = AsUser.call(accounts, OTHER_ADMIN, () -> applicants.create(AdminFixtures.recentGraduate(externalId),
                OTHER_ADVISOR));
        foreignApplicant = ((org.matchwise.applicant.SaveResult.Saved) saved).id();
        long advisor = idOf(ADMIN, ADVISOR);

        assertThat(AsUser.call(accounts, ADMIN, () -> service.assignCaseload(advisor, Set.of(foreignApplicant))))
                .isEqualTo(new AccountResult.Refused("unknown_applicant"));
        assertThat(AsUser.call(accounts, ADMIN, () -> service.caseloadChoices()))
                .noneMatch(c -> c.externalId().equals(externalId));
    }

    @Test
    void an_advisor_and_an_applicant_are_denied_every_admin_command() {
        for (String email : new String[] {ADVISOR, "applicant@demo.example"}) {
            assertThatThrownBy(() -> AsUser.call(accounts, email, () -> service.users())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(accounts, email, () -> service.inviteAdvisor("x@demo.example", "X")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(accounts, email, () -> service.deactivate(1))).isInstanceOf(
                    AccessDeniedException.class);
        }
    }

    /** The token of the last link mailed to {@code email}, and that mail's subject. */
    private String[] lastLink(String email) throws Exception {
        // account mail goes out after commit on its own thread: wait for it
        long until = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (java.util.Arrays.stream(mail.getReceivedMessages()).noneMatch(m -> sentTo(m, email))
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        MimeMessage last = null;
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                last = m;
            }
        }
        assertThat(last).as("a mail to " + email).isNotNull();
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(last).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).isTrue();
        return new String[] {matcher.group(1), last.getSubject()};
    }

    private static boolean sentTo(MimeMessage m, String email) {
        try {
            return m.getAllRecipients()[0].toString().equals(email);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private boolean signsIn(String email, String password) {
        var signIn = new DaoAuthenticationProvider(accounts);
        signIn.setPasswordEncoder(encoder);
        try {
            return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .isAuthenticated();
        } catch (AuthenticationException e) {
            return false;
        }
    }

    @Test
    void an_invited_advisor_gets_a_one_time_link_and_signs_in_after_choosing_a_password() throws Exception {
        String email = AdminFixtures.unique("new.advisor") + "@demo.example";

        AccountResult invited = AsUser.call(accounts, ADMIN, () -> service.inviteAdvisor(email, "Nora New"));

        assertThat(invited).isInstanceOf(AccountResult.LinkSent.class);
        AdminUser created = ((AccountResult.LinkSent) invited).user();
        assertThat(created.role()).isEqualTo(Role.ADVISOR);
        assertThat(created.awaitingSetup()).isTrue();
        String[] link = lastLink(email);
        assertThat(link[1]).isEqualTo("Your Matchwise advisor account at Demo School of Medicine");

        assertThat(invitations.setPassword(link[0], "violet-harbour-lantern-42", "violet-harbour-lantern-42"))
                .isInstanceOf(PasswordResult.Done.class);

        assertThat(signsIn(email, "violet-harbour-lantern-42")).isTrue();
        assertThat(user(ADMIN, email).awaitingSetup()).isFalse();
        assertThat(invitations.setPassword(link[0], "another-harbour-lantern-43", "another-harbour-lantern-43"))
                .as("the link works once").isInstanceOf(PasswordResult.LinkUnusable.class);
    }

    @Test
    void a_reset_stops_the_old_password_at_once_and_mails_a_link_for_a_new_one() throws Exception {
        String email = AdminFixtures.unique("reset.me") + "@demo.example";
        setup.createSchoolWithAccounts("Demo School of Medicine",
                List.of(new AccountSetup.NewAccount(email, "Rita Reset", Role.ADVISOR, "old-lighthouse-pass-7")));
        assertThat(signsIn(email, "old-lighthouse-pass-7")).isTrue();

        AccountResult reset = AsUser.call(accounts, ADMIN, () -> service.resetPassword(idOf(ADMIN, email)));

        assertThat(reset).isInstanceOf(AccountResult.LinkSent.class);
        assertThat(signsIn(email, "old-lighthouse-pass-7")).isFalse();
        String[] link = lastLink(email);
        assertThat(link[1]).startsWith("Choose a new Matchwise password");
        assertThat(invitations.setPassword(link[0], "short", "short")).isInstanceOf(PasswordResult.Weak.class);
        assertThat(invitations.setPassword(link[0], "new-lighthouse-pass-8", "new-lighthouse-pass-8"))
                .isInstanceOf(PasswordResult.Done.class);
        assertThat(signsIn(email, "new-lighthouse-pass-8")).isTrue();
    }

    @Test
    void an_admin_cannot_reset_their_own_password_here_nor_send_a_link_to_a_deactivated_account() {
        assertThat(AsUser.call(accounts, ADMIN, () -> service.resetPassword(idOf(ADMIN, ADMIN))))
                .isEqualTo(new AccountResult.Refused("self_reset"));
        String email = AdminFixtures.unique("off") + "@demo.example";
        long id = ((AccountResult.LinkSent) AsUser.call(accounts, ADMIN, () -> service.inviteAdvisor(email, "Otto Off"))).user().id();
        AsUser.call(accounts, ADMIN, () -> service.deactivate(id));

        assertThat(AsUser.call(accounts, ADMIN, () -> service.resetPassword(id))).isEqualTo(new AccountResult.Refused("inactive"));
    }

    @Test
    void an_invitation_to_an_email_in_use_or_an_invalid_one_is_refused() {
        assertThat(AsUser.call(accounts, ADMIN, () -> service.inviteAdvisor(OTHER_ADVISOR, "Someone")))
                .isEqualTo(new AccountResult.Refused("email_in_use"));
        assertThat(AsUser.call(accounts, ADMIN, () -> service.inviteAdvisor("not an email", "Someone")))
                .isEqualTo(new AccountResult.Refused("invalid_email"));
        assertThat(AsUser.call(accounts, ADMIN, () -> service.inviteAdvisor("ok@demo.example", " ")))
                .isEqualTo(new AccountResult.Refused("invalid_name"));
    }

    @Test
    void a_deactivated_account_cannot_sign_in_until_reactivated() {
        String email = AdminFixtures.unique("short.lived") + "@demo.example";
        setup.createSchoolWithAccounts("Demo School of Medicine",
                List.of(new AccountSetup.NewAccount(email, "Sam Short", Role.ADVISOR, "quiet-meadow-river-9")));
        long id = idOf(ADMIN, email);

        assertThat(AsUser.call(accounts, ADMIN, () -> service.deactivate(id))).isInstanceOf(AccountResult.Done.class);
        assertThat(user(ADMIN, email).enabled()).isFalse();
        assertThat(signsIn(email, "quiet-meadow-river-9")).isFalse();

        assertThat(AsUser.call(accounts, ADMIN, () -> service.reactivate(id))).isInstanceOf(AccountResult.Done.class);
        assertThat(user(ADMIN, email).enabled()).isTrue();
        assertThat(signsIn(email, "quiet-meadow-river-9")).isTrue();
    }

    @Test
    void a_caseload_assigns_the_chosen_applicants_and_unassigns_the_ones_left_out() {
        long a = AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(AdminFixtures.unique("CL")));
        long b = AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(AdminFixtures.unique("CL")));
        String email = AdminFixtures.unique("caseload") + "@demo.example";
        long advisor = ((AccountResult.LinkSent) AsUser.call(accounts, ADMIN, () -> service.inviteAdvisor(email, "Casey Load")))
                .user().id();

        AsUser.call(accounts, ADMIN, () -> service.assignCaseload(advisor, Set.of(a, b)));
        assertThat(AsUser.call(accounts, ADMIN, () -> service.caseloadOf(advisor))).containsExactlyInAnyOrder(a, b);
        assertThat(user(ADMIN, email).caseload()).isEqualTo(2);

        AsUser.call(accounts, ADMIN, () -> service.assignCaseload(advisor, Set.of(b)));
        assertThat(AsUser.call(accounts, ADMIN, () -> service.caseloadOf(advisor))).containsExactly(b);
        // the demo advisor, assigned at creation, keeps both
        long demoAdvisor = idOf(ADMIN, ADVISOR);
        assertThat(AsUser.call(accounts, ADMIN, () -> service.caseloadOf(demoAdvisor))).contains(a, b);
    }
}
