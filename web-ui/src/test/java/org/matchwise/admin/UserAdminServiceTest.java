package org.matchwise.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matchwise.admin.AdminFixtures.ADMIN;
import static org.matchwise.admin.AdminFixtures.ADVISOR;
import static org.matchwise.admin.AdminFixtures.OTHER_ADMIN;
import static org.matchwise.admin.AdminFixtures.OTHER_ADVISOR;
import static org.matchwise.admin.AdminFixtures.as;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.admin.AdminViews.AccountResult;
import org.matchwise.admin.AdminViews.AdminUser;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.PasswordPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

@MatchwiseTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService service;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    AccountSetup setup;
    @Autowired
    ApplicantService applicants;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void schools() {
        AdminFixtures.otherSchool(setup);
    }

    private AdminUser user(String adminEmail, String email) {
        return as(accounts, adminEmail, () -> service.users()).stream().filter(u -> u.email().equals(email))
                .findFirst().orElseThrow();
    }

    private long idOf(String adminEmail, String email) {
        return user(adminEmail, email).id();
    }

    @Test
    void an_admin_lists_only_the_accounts_of_their_own_school() {
        var emails = as(accounts, ADMIN, () -> service.users()).stream().map(AdminUser::email).toList();

        assertThat(emails).contains(ADMIN, ADVISOR, "applicant@demo.example")
                .doesNotContain(OTHER_ADMIN, OTHER_ADVISOR);
    }

    @Test
    void an_admin_can_never_deactivate_themselves() {
        long me = idOf(ADMIN, ADMIN);

        AccountResult result = as(accounts, ADMIN, () -> service.deactivate(me));

        assertThat(result).isEqualTo(new AccountResult.Refused("self"));
        assertThat(user(ADMIN, ADMIN).enabled()).isTrue();
    }

    @Test
    void an_admin_cannot_deactivate_reset_or_staff_an_account_of_another_school() {
        long foreign = idOf(OTHER_ADMIN, OTHER_ADVISOR);

        assertThat(as(accounts, ADMIN, () -> service.deactivate(foreign)))
                .isEqualTo(new AccountResult.Refused("not_found"));
        assertThat(as(accounts, ADMIN, () -> service.reactivate(foreign)))
                .isEqualTo(new AccountResult.Refused("not_found"));
        assertThat(as(accounts, ADMIN, () -> service.resetPassword(foreign)))
                .isEqualTo(new AccountResult.Refused("not_found"));
        assertThat(as(accounts, ADMIN, () -> service.assignCaseload(foreign, Set.of())))
                .isEqualTo(new AccountResult.Refused("not_found"));
        assertThat(as(accounts, ADMIN, () -> service.caseloadOf(foreign))).isEmpty();
        assertThat(user(OTHER_ADMIN, OTHER_ADVISOR).enabled()).isTrue();
    }

    @Test
    void an_applicant_of_another_school_cannot_be_put_on_a_caseload() {
        long foreignApplicant;
        String externalId = AdminFixtures.unique("OTHER");
        var saved = as(accounts, OTHER_ADMIN, () -> applicants.create(AdminFixtures.recentGraduate(externalId),
                OTHER_ADVISOR));
        foreignApplicant = ((org.matchwise.applicant.SaveResult.Saved) saved).id();
        long advisor = idOf(ADMIN, ADVISOR);

        assertThat(as(accounts, ADMIN, () -> service.assignCaseload(advisor, Set.of(foreignApplicant))))
                .isEqualTo(new AccountResult.Refused("unknown_applicant"));
        assertThat(as(accounts, ADMIN, () -> service.caseloadChoices()))
                .noneMatch(c -> c.externalId().equals(externalId));
    }

    @Test
    void an_advisor_and_an_applicant_are_denied_every_admin_command() {
        for (String email : new String[] {ADVISOR, "applicant@demo.example"}) {
            assertThatThrownBy(() -> as(accounts, email, () -> service.users())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(accounts, email, () -> service.inviteAdvisor("x@demo.example", "X")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(accounts, email, () -> service.deactivate(1))).isInstanceOf(
                    AccessDeniedException.class);
        }
    }

    @Test
    void an_invited_advisor_cannot_sign_in_until_given_a_temporary_password_and_activated() {
        String email = AdminFixtures.unique("new.advisor") + "@demo.example";

        AccountResult invited = as(accounts, ADMIN, () -> service.inviteAdvisor(email, "Nora New"));

        assertThat(invited).isInstanceOf(AccountResult.Done.class);
        AdminUser created = ((AccountResult.Done) invited).user();
        assertThat(created.role()).isEqualTo(Role.ADVISOR);
        assertThat(created.enabled()).isFalse();
        assertThat(created.awaitingSetup()).isTrue();
        assertThat(as(accounts, ADMIN, () -> service.reactivate(created.id())))
                .isEqualTo(new AccountResult.Refused("no_password"));

        AccountResult reset = as(accounts, ADMIN, () -> service.resetPassword(created.id()));
        String temporary = ((AccountResult.TemporaryPassword) reset).password();
        assertThat(policy.check(temporary, email)).isEmpty();
        assertThat(as(accounts, ADMIN, () -> service.reactivate(created.id()))).isInstanceOf(AccountResult.Done.class);

        AdminUser now = user(ADMIN, email);
        assertThat(now.enabled()).isTrue();
        assertThat(now.awaitingSetup()).isFalse();
        var signIn = new DaoAuthenticationProvider(accounts);
        signIn.setPasswordEncoder(encoder);
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, temporary))
                .isAuthenticated()).isTrue();
    }

    @Test
    void an_invitation_to_an_email_in_use_or_an_invalid_one_is_refused() {
        assertThat(as(accounts, ADMIN, () -> service.inviteAdvisor(OTHER_ADVISOR, "Someone")))
                .isEqualTo(new AccountResult.Refused("email_in_use"));
        assertThat(as(accounts, ADMIN, () -> service.inviteAdvisor("not an email", "Someone")))
                .isEqualTo(new AccountResult.Refused("invalid_email"));
        assertThat(as(accounts, ADMIN, () -> service.inviteAdvisor("ok@demo.example", " ")))
                .isEqualTo(new AccountResult.Refused("invalid_name"));
    }

    @Test
    void a_deactivated_account_can_be_reactivated() {
        String email = AdminFixtures.unique("short.lived") + "@demo.example";
        long id = ((AccountResult.Done) as(accounts, ADMIN, () -> service.inviteAdvisor(email, "Sam Short"))).user().id();
        as(accounts, ADMIN, () -> service.resetPassword(id));
        as(accounts, ADMIN, () -> service.reactivate(id));

        assertThat(as(accounts, ADMIN, () -> service.deactivate(id))).isInstanceOf(AccountResult.Done.class);
        assertThat(user(ADMIN, email).enabled()).isFalse();
        assertThat(as(accounts, ADMIN, () -> service.reactivate(id))).isInstanceOf(AccountResult.Done.class);
        assertThat(user(ADMIN, email).enabled()).isTrue();
    }

    @Test
    void a_caseload_assigns_the_chosen_applicants_and_unassigns_the_ones_left_out() {
        long a = AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(AdminFixtures.unique("CL")));
        long b = AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(AdminFixtures.unique("CL")));
        String email = AdminFixtures.unique("caseload") + "@demo.example";
        long advisor = ((AccountResult.Done) as(accounts, ADMIN, () -> service.inviteAdvisor(email, "Casey Load")))
                .user().id();

        as(accounts, ADMIN, () -> service.assignCaseload(advisor, Set.of(a, b)));
        assertThat(as(accounts, ADMIN, () -> service.caseloadOf(advisor))).containsExactlyInAnyOrder(a, b);
        assertThat(user(ADMIN, email).caseload()).isEqualTo(2);

        as(accounts, ADMIN, () -> service.assignCaseload(advisor, Set.of(b)));
        assertThat(as(accounts, ADMIN, () -> service.caseloadOf(advisor))).containsExactly(b);
        // the demo advisor, assigned at creation, keeps both
        long demoAdvisor = idOf(ADMIN, ADVISOR);
        assertThat(as(accounts, ADMIN, () -> service.caseloadOf(demoAdvisor))).contains(a, b);
    }
}
