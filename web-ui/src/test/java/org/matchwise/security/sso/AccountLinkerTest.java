package org.matchwise.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.matchwise.security.sso.ExternalSignIn.Outcome;
import org.matchwise.security.sso.ExternalSignIn.Refusal;
import org.matchwise.security.sso.SsoViews.SignInButton;
import org.matchwise.sso.persistence.SchoolSsoEntity;
import org.matchwise.sso.persistence.SchoolSsoRepository;
import org.matchwise.sso.persistence.UserIdentityRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The account rules of single sign-on that the browser test cannot reach cheaply: a locked or deactivated account
 * is refused whether its identity is new or already linked, and nothing is linked for a refused sign-in.
 */
@MatchwiseTest
class AccountLinkerTest {

    private static final String ISSUER = "https://idp.linker.example";

    @Autowired
    ExternalSignIn signIn;

    @Autowired
    AccountSetup setup;

    @Autowired
    UserRepository users;

    @Autowired
    UserIdentityRepository identities;

    @Autowired
    SchoolSsoRepository ssoSettings;

    @Autowired
    Clock clock;

    @Autowired
    SsoSettingsService ssoService;

    private long school;

    @BeforeEach
    void schoolWithSingleSignOn() {
        school = setup.createSchoolWithAccounts("Linker School", List.of());
        SchoolSsoEntity sso = ssoSettings.findById(school).orElseGet(() -> new SchoolSsoEntity(school));
        sso.update(true, "Linker IdP", ISSUER, "matchwise", null, "email", "", null, false, clock.instant());
        ssoSettings.save(sso);
    }

    @AfterEach
    void singleSignOnOffAgain() {
        // the context is shared with other test classes: their login pages get no button of this school
        SchoolSsoEntity sso = ssoSettings.findById(school).orElseThrow();
        sso.update(false, "Linker IdP", ISSUER, "matchwise", null, "email", "", null, false, clock.instant());
        ssoSettings.save(sso);
    }

    private UserEntity account(String email) {
        setup.createSchoolWithAccounts("Linker School",
                List.of(new NewAccount(email, "Lin Ker", Role.ADVISOR, "a-long-password-123")));
        return users.findByEmail(email).orElseThrow();
    }

    private Outcome signInAs(String email, String subject) {
        return signIn.signIn(new ExternalIdentity("oidc", school, ISSUER, subject, email, true, "Lin Ker"));
    }

    private void lock(String email) {
        // one wrong password too many, as LoginAttempts counts it
        users.recordFailedLogin(email, 1, clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS));
    }

    private void deactivate(long id) {
        UserEntity user = users.findById(id).orElseThrow();
        user.deactivate();
        users.save(user);
    }

    @Test
    void a_locked_account_does_not_sign_in_through_the_provider_and_gets_no_identity_linked() {
        UserEntity user = account("locked@linker.example");
        lock(user.getEmail());

        Outcome outcome = signInAs(user.getEmail(), "sub-locked");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refusal.LOCKED));
        assertThat(identities.findByUserIdAndIssuer(user.getId(), ISSUER)).isEmpty();
    }

    @Test
    void a_linked_identity_of_an_account_locked_later_is_refused_until_the_lock_is_lifted() {
        UserEntity user = account("linked@linker.example");
        assertThat(signInAs(user.getEmail(), "sub-linked")).isInstanceOf(Outcome.SignedIn.class);

        lock(user.getEmail());
        assertThat(signInAs(user.getEmail(), "sub-linked")).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refusal.LOCKED));

        users.resetFailedLogins(user.getId());
        assertThat(signInAs(user.getEmail(), "sub-linked")).isInstanceOf(Outcome.SignedIn.class);
    }

    @Test
    void a_deactivated_account_is_refused_whether_its_identity_is_new_or_linked() {
        UserEntity fresh = account("off@linker.example");
        deactivate(fresh.getId());
        assertThat(signInAs(fresh.getEmail(), "sub-off")).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refusal.DISABLED));
        assertThat(identities.findByUserIdAndIssuer(fresh.getId(), ISSUER)).isEmpty();

        UserEntity linked = account("off-later@linker.example");
        assertThat(signInAs(linked.getEmail(), "sub-off-later")).isInstanceOf(Outcome.SignedIn.class);
        deactivate(linked.getId());
        assertThat(signInAs(linked.getEmail(), "sub-off-later")).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refusal.DISABLED));
    }

    @Test
    void the_login_page_has_a_button_naming_the_school_and_its_provider() {
        assertThat(ssoService.signInButtons())
                .contains(new SignInButton(SchoolClientRegistrations.registrationId(school), "Linker IdP", "Linker School"));
    }
}
