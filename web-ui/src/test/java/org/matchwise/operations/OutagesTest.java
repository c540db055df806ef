package org.matchwise.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The one outage classifier: what a request answers 503 for, and what a background job retries. */
class OutagesTest {

    @Test
    void the_database_out_of_reach_is_an_outage_for_requests_and_jobs_alike_however_deeply_wrapped() {
        Throwable[] unreachable = {
                new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")),
                new RuntimeException(new ConnectException("Connection refused")),
                new SQLException("An I/O error occurred while sending to the backend.", "08006"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("Connection is closed"),
        };
        for (Throwable t : unreachable) {
            assertThat(Outages.isDatabaseOutage(t)).as(t.toString()).isTrue();
            assertThat(Outages.isOutage(t)).as(t.toString()).isTrue();
        }
    }

    @Test
    void a_passing_fault_that_is_not_the_database_gone_is_retried_by_jobs_but_is_no_503() {
        Throwable[] passing = {
                new CannotAcquireLockException("lock timeout"),
                new IOException("the object store closed the connection"),
        };
        for (Throwable t : passing) {
            assertThat(Outages.isOutage(t)).as(t.toString()).isTrue();
            assertThat(Outages.isDatabaseOutage(t)).as(t.toString()).isFalse();
        }
    }

    @Test
    void bugs_and_broken_rules_are_no_outage() {
        Throwable[] bugs = {
                new IllegalStateException("a bug"),
                new DataIntegrityViolationException("uq_cohort_school_year"),
                new SQLException("duplicate key value", "23505"),
                new java.io.FileNotFoundException("export-7.zip"),
        };
        for (Throwable t : bugs) {
            assertThat(Outages.isOutage(t)).as(t.toString()).isFalse();
            assertThat(Outages.isDatabaseOutage(t)).as(t.toString()).isFalse();
        }
    }

    @Test
    void describe_names_the_innermost_cause() {
        assertThat(Outages.describe(new RuntimeException(new ConnectException("Connection refused"))))
                .isEqualTo("ConnectException: Connection refused");
    }
}
