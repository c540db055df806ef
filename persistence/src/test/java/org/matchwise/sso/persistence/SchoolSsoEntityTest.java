package org.matchwise.sso.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The first school's settings are written from properties at every start: the same values must change nothing. */
class SchoolSsoEntityTest {

    private static final Instant FIRST = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant RESTART = Instant.parse("2026-12-04T08:00:00Z");

    private static void apply(SchoolSsoEntity e, String clientId, String secret, Instant at) {
        e.update(true, "University sign-in", "https://idp.northfield.edu", clientId, secret, "email", "northfield.edu",
                null, false, at);
    }

    @Test
    void the_same_settings_again_leave_the_row_as_it_was() {
        SchoolSsoEntity e = new SchoolSsoEntity(1L);
        apply(e, "matchwise", "sealed-secret", FIRST);

        apply(e, "matchwise", null, RESTART);

        assertThat(e.getUpdatedAt()).as("nothing changed, so the row is not dirty and keeps its version").isEqualTo(FIRST);
        assertThat(e.getClientSecretEncrypted()).isEqualTo("sealed-secret");
    }

    @Test
    void a_changed_setting_is_stored_with_its_time() {
        SchoolSsoEntity e = new SchoolSsoEntity(1L);
        apply(e, "matchwise", "sealed-secret", FIRST);

        apply(e, "matchwise-prod", null, RESTART);

        assertThat(e.getClientId()).isEqualTo("matchwise-prod");
        assertThat(e.getUpdatedAt()).isEqualTo(RESTART);
    }
}
