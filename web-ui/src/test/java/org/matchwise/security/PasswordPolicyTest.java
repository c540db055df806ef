package org.matchwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matchwise.security.PasswordPolicy.Problem;

class PasswordPolicyTest {

    PasswordPolicy policy = new PasswordPolicy();

    @Test
    void eleven_characters_are_too_short_and_twelve_are_enough() {
        assertThat(policy.check("kx7-Qm2#vLp", "a@b.org")).containsExactly(Problem.TOO_SHORT);
        assertThat(policy.check("kx7-Qm2#vLp9", "a@b.org")).isEmpty();
    }

    @Test
    void a_common_password_is_refused_even_when_long_or_with_digits_appended() {
        assertThat(policy.check("passwordpassword", "a@b.org")).contains(Problem.COMMON);
        assertThat(policy.check("Residency2027", "a@b.org")).contains(Problem.COMMON);
        assertThat(policy.check("correcthorsebatterystaple2026", "a@b.org")).contains(Problem.COMMON);
    }

    @Test
    void a_password_containing_the_email_name_is_refused() {
        assertThat(policy.check("dana.reyes-2027!", "dana.reyes@example.org")).contains(Problem.CONTAINS_EMAIL);
    }

    @Test
    void a_missing_password_is_too_short() {
        assertThat(policy.check(null, "a@b.org")).containsExactly(Problem.TOO_SHORT);
    }
}
