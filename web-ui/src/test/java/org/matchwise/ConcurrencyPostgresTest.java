package org.matchwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.matchwise.account.Role;
import org.matchwise.imports.RosterColumns;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Races on real PostgreSQL with real threads and real HTTP requests: creators of the first applicants of a new
 * match year (its cohort is created on first use), imports into a new year, and parallel wrong passwords.
 */
class ConcurrencyPostgresTest extends PostgresThroughProxy {

    private static final int THREADS = 20;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountSetup setup;

    /** Runs {@code THREADS} requests at once (released together) and answers their statuses in order. */
    private List<HttpResponse<String>> atOnce(int count, IntFunction<HttpRequest.Builder> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return send(request.apply(n));
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String profile(String externalId, int matchYear) {
        return """
                {"externalId": "%s", "name": {"given": "Ra", "family": "Ce"}, "applicantType": "US_IMG",
                 "matriculationDate": "2016-08-15", "graduationDate": "2021-05-30", "matchYear": %d}"""
                .formatted(externalId, matchYear);
    }

    private int cohorts(int matchYear) {
        return jdbc.queryForObject("select count(*) from cohort c join school s on s.id = c.school_id "
                + "where s.name = 'Demo School of Medicine' and c.match_year = ?", Integer.class, matchYear);
    }

    /** A match year no other test uses: the PostgreSQL tests of one JVM share one database (2041 is the dashboard's). */
    static final int RACE_YEAR = 2061;

    @Test
    void twenty_concurrent_creators_in_a_new_match_year_all_succeed_with_one_cohort() throws Exception {
        List<HttpResponse<String>> responses = atOnce(THREADS, n -> request("/api/v1/applicants",
                "advisor@demo.example", "demo-advisor").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(profile("RACE-" + n, RACE_YEAR))));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(cohorts(RACE_YEAR)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from cohort_member m join cohort c on c.id = m.cohort_id "
                + "where c.match_year = " + RACE_YEAR, Integer.class)).isEqualTo(THREADS);
    }

    @Test
    void concurrent_imports_into_a_new_match_year_all_succeed() throws Exception {
        int imports = 4;
        List<HttpResponse<String>> responses = atOnce(imports, n -> {
            StringBuilder csv = new StringBuilder(String.join(",", RosterColumns.ALL)).append("\r\n");
            for (int row = 0; row < 5; row++) {
                csv.append("IMP-%d-%d,Given,Family,imp%d%d@example.org,US_IMG,NONE,Some School,GD,2019-08-15,2024-05-30,MED_PEDS,2042,advisor@demo.example\r\n"
                        .formatted(n, row, n, row));
            }
            return request("/api/v1/imports", "admin@demo.example", "demo-admin").header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString()));
        });

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(cohorts(2042)).isEqualTo(1);
    }

    @Test
    void twenty_parallel_wrong_passwords_lock_the_account() throws Exception {
        setup.createSchoolWithAccounts("Race School", List.of(
                new NewAccount("guessed@race.example", "Gue Ssed", Role.ADVISOR, "right-password-123")));

        List<HttpResponse<String>> responses = atOnce(THREADS,
                n -> request("/api/v1/me", "guessed@race.example", "wrong-" + n).GET());

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(401);
        assertThat(jdbc.queryForObject("select locked_until is not null from app_user where email = ?",
                Boolean.class, "guessed@race.example")).isTrue();
        assertThat(send(request("/api/v1/me", "guessed@race.example", "right-password-123").GET()).statusCode())
                .as("locked, even against the right password").isEqualTo(401);
    }
}
