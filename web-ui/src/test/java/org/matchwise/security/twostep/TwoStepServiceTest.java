package org.matchwise.security.twostep;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseOwnContextTest;
import org.matchwise.account.Role;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.matchwise.security.twostep.TwoStepService.Enrolment;
import org.matchwise.security.twostep.TwoStepService.Verdict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * TOTP enrolment and sign-in codes against the real database: codes are computed the way an authenticator app
 * computes them (java-otp on the shown key), never read from the service.
 */
@MatchwiseOwnContextTest
class TwoStepServiceTest {

    @Autowired
    TwoStepService twoStep;

    @Autowired
    UserRepository users;

    @Autowired
    UserDetailsService accounts;

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

    private String code(Enrolment enrolment, Instant at) throws Exception {
        byte[] key = new Base32().decode(enrolment.secret());
        return totp.generateOneTimePasswordString(new SecretKeySpec(key, "HmacSHA1"), at, Locale.ROOT);
    }

    private long newAccount(String email, Role role) {
        return users.save(new UserEntity(users.findByEmail("advisor@demo.example").orElseThrow().getSchoolId(), email,
                "Test " + email, role, Instant.now())).getId();
    }

    @Test
    void an_admin_must_use_a_second_step_after_the_password_and_others_only_once_enrolled() throws Exception {
        MatchwiseUser admin = (MatchwiseUser) accounts.loadUserByUsername("admin@demo.example");
        MatchwiseUser advisor = (MatchwiseUser) accounts.loadUserByUsername("advisor@demo.example");

        assertThat(twoStep.requiredAfterPassword(admin)).isTrue();
        assertThat(twoStep.enrolled(admin.id())).isFalse();
        assertThat(twoStep.requiredAfterPassword(advisor)).isFalse();
        assertThat(twoStep.optionalFor(Role.ADMIN)).isFalse();
        assertThat(twoStep.optionalFor(Role.ADVISOR)).isTrue();
    }

    @Test
    void enrolment_is_confirmed_by_a_code_from_the_app_and_gives_ten_recovery_codes() throws Exception {
        long id = newAccount("enrol@demo.example", Role.ADVISOR);
        Enrolment enrolment = twoStep.startEnrolment(id);
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/Matchwise%3Aenrol%40demo.example?secret="
                + enrolment.secret()).contains("issuer=Matchwise");
        assertThat(twoStep.confirmEnrolment(id, "000000").filter(c -> false)).isEmpty();
        assertThat(twoStep.enrolled(id)).isFalse();

        List<String> codes = twoStep.confirmEnrolment(id, code(enrolment, Instant.now())).orElseThrow();

        assertThat(twoStep.enrolled(id)).isTrue();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}")).doesNotHaveDuplicates();
        assertThat(twoStep.recoveryCodesLeft(id)).isEqualTo(10);
    }

    @Test
    void a_code_signs_in_once_and_the_next_code_works_too() throws Exception {
        long id = newAccount("code@demo.example", Role.ADVISOR);
        Enrolment enrolment = twoStep.startEnrolment(id);
        Instant now = Instant.now();
        twoStep.confirmEnrolment(id, code(enrolment, now.minusSeconds(30))).orElseThrow();

        assertThat(twoStep.verify(id, code(enrolment, now))).isEqualTo(Verdict.ACCEPTED);
        // the same code again (a replay) is refused
        assertThat(twoStep.verify(id, code(enrolment, now))).isEqualTo(Verdict.WRONG);
        assertThat(twoStep.verify(id, code(enrolment, now.plusSeconds(30)))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void a_recovery_code_works_once() throws Exception {
        long id = newAccount("recovery@demo.example", Role.ADVISOR);
        Enrolment enrolment = twoStep.startEnrolment(id);
        List<String> codes = twoStep.confirmEnrolment(id, code(enrolment, Instant.now())).orElseThrow();

        assertThat(twoStep.verify(id, codes.get(3).toUpperCase(Locale.ROOT))).isEqualTo(Verdict.ACCEPTED_RECOVERY);
        assertThat(twoStep.verify(id, codes.get(3))).isEqualTo(Verdict.WRONG);
        assertThat(twoStep.recoveryCodesLeft(id)).isEqualTo(9);
    }

    @Test
    void wrong_codes_count_toward_the_lockout_and_a_locked_account_takes_no_code() throws Exception {
        long id = newAccount("guess@demo.example", Role.ADVISOR);
        Enrolment enrolment = twoStep.startEnrolment(id);
        twoStep.confirmEnrolment(id, code(enrolment, Instant.now().minusSeconds(30))).orElseThrow();

        for (int i = 0; i < 4; i++) {
            assertThat(twoStep.verify(id, "12345" + i)).isEqualTo(Verdict.WRONG);
        }
        assertThat(twoStep.verify(id, "999999")).isEqualTo(Verdict.LOCKED);

        assertThat(users.findById(id).orElseThrow().isLockedAt(Instant.now())).isTrue();
        // even the right code is refused while the lock lasts
        assertThat(twoStep.verify(id, code(enrolment, Instant.now()))).isEqualTo(Verdict.LOCKED);
    }

    @Test
    void wrong_codes_while_enrolling_count_toward_the_lockout_too() throws Exception {
        long id = newAccount("enrol-guess@demo.example", Role.ADMIN);
        Enrolment enrolment = twoStep.startEnrolment(id);
        assertThat(twoStep.lockedOut(id)).isFalse();

        for (int i = 0; i < 5; i++) {
            assertThat(twoStep.confirmEnrolment(id, "55555" + i)).isEmpty();
        }

        assertThat(twoStep.lockedOut(id)).isTrue();
        assertThat(twoStep.confirmEnrolment(id, code(enrolment, Instant.now()))).isEmpty();
        assertThat(twoStep.enrolled(id)).isFalse();
    }
}
