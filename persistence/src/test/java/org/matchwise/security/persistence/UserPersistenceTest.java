package org.matchwise.security.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.matchwise.account.Role;
import org.matchwise.school.persistence.SchoolEntity;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@RequiresPostgres
class UserPersistenceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    SchoolRepository schools;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void a_user_is_found_by_email_whatever_its_case() {
        SchoolEntity school = schools.save(new SchoolEntity("School " + UUID.randomUUID(), now));
        String email = "Case." + UUID.randomUUID() + "@Example.org";
        users.save(new UserEntity(school.getId(), email, "Casey", Role.ADVISOR, now));

        assertThat(users.findByEmail(UserEntity.normalizeEmail(email)))
                .hasValueSatisfying(u -> assertThat(u.getSchoolId()).isEqualTo(school.getId()));
    }

    @Test
    void two_users_cannot_share_an_email() {
        SchoolEntity school = schools.save(new SchoolEntity("School " + UUID.randomUUID(), now));
        String email = UUID.randomUUID() + "@example.org";
        users.saveAndFlush(new UserEntity(school.getId(), email, "First", Role.ADVISOR, now));

        assertThatThrownBy(() -> users.saveAndFlush(new UserEntity(school.getId(), email, "Second", Role.ADMIN, now)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_rejects_an_unknown_role() {
        SchoolEntity school = schools.save(new SchoolEntity("School " + UUID.randomUUID(), now));

        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO app_user (school_id, email, display_name, role, created_at) VALUES (?, ?, ?, ?, ?)",
                school.getId(), UUID.randomUUID() + "@example.org", "X", "SUPERUSER", java.sql.Timestamp.from(now)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_stale_copy_of_a_user_cannot_overwrite_a_newer_one() {
        SchoolEntity school = schools.save(new SchoolEntity("School " + UUID.randomUUID(), now));
        UserEntity saved = users.saveAndFlush(
                new UserEntity(school.getId(), UUID.randomUUID() + "@example.org", "Stale", Role.ADVISOR, now));
        UserEntity first = users.findById(saved.getId()).orElseThrow();
        UserEntity second = users.findById(saved.getId()).orElseThrow();

        first.deactivate();
        users.saveAndFlush(first);
        second.changePasswordHash("{noop}stale");

        assertThatThrownBy(() -> users.saveAndFlush(second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void five_failed_logins_lock_the_account_until_the_given_time_and_a_reset_clears_it() {
        SchoolEntity school = schools.save(new SchoolEntity("School " + UUID.randomUUID(), now));
        String email = UUID.randomUUID() + "@example.org";
        long id = users.saveAndFlush(new UserEntity(school.getId(), email, "Locky", Role.APPLICANT, now)).getId();
        for (int i = 0; i < 4; i++) {
            users.recordFailedLogin(email, 5, now.plusSeconds(300));
        }
        assertThat(users.findById(id).orElseThrow().getFailedLogins()).isEqualTo(4);
        assertThat(users.findById(id).orElseThrow().isLockedAt(now)).isFalse();

        users.recordFailedLogin(email, 5, now.plusSeconds(300));

        UserEntity locked = users.findById(id).orElseThrow();
        assertThat(locked.isLockedAt(now.plusSeconds(299))).isTrue();
        assertThat(locked.isLockedAt(now.plusSeconds(301))).isFalse();
        assertThat(locked.getFailedLogins()).isZero();
        assertThat(users.findIdLockedUntil(email, now.plusSeconds(300))).contains(id);
        assertThat(users.resetFailedLogins(id)).isEqualTo(1);
        assertThat(users.findById(id).orElseThrow().getLockedUntil()).isNull();
        assertThat(users.resetFailedLogins(id)).as("nothing left to reset, nothing written").isZero();
    }

    @Test
    void an_unknown_email_counts_nothing() {
        assertThat(users.recordFailedLogin(UUID.randomUUID() + "@nowhere.example", 5, now)).isZero();
    }
}
