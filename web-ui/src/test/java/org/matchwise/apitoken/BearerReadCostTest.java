package org.matchwise.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.testing.Profiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What one bearer {@code GET /api/v1/applicants/{id}} costs (issue 12.1; README "API tokens"): every SQL statement the
 * request runs on the JDBC connection is counted (datasource-proxy around the data source, so Hibernate's statements
 * and JdbcTemplate's alike): the token check, the record, the access-log row (on PostgreSQL written by the record's
 * statement), and nothing else. It checks no password
 * (no bcrypt), makes no HTTP session, and answers exactly what the record loaded as an aggregate gives.
 */
@MatchwiseTest
@Import(BearerReadCostTest.Counting.class)
class BearerReadCostTest {

    static final String PASSWORD = "bearer-cost-password-1";

    /** The SQL statements run on one thread (the test's, which MockMvc serves the request on) while it listens. */
    static final class Statements implements QueryExecutionListener {
        private final List<String> seen = new CopyOnWriteArrayList<>();
        private volatile long thread = -1;

        void listen() {
            seen.clear();
            thread = Thread.currentThread().threadId();
        }

        List<String> stop() {
            thread = -1;
            return List.copyOf(seen);
        }

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            if (Thread.currentThread().threadId() == thread) { // listeners run on the executing thread
                queries.forEach(q -> seen.add(q.getQuery()));
            }
        }
    }

    static final Statements SQL = new Statements();
    static final AtomicInteger PASSWORD_CHECKS = new AtomicInteger();

    @TestConfiguration
    static class Counting {

        /** Wraps the data source (statement counts) and the password encoder (bcrypt checks). */
        @Bean
        static BeanPostProcessor countingDataSourceAndPasswordChecks() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(SQL).build();
                    }
                    if (bean instanceof PasswordEncoder encoder) {
                        return new PasswordEncoder() {
                            @Override
                            public String encode(CharSequence raw) {
                                return encoder.encode(raw);
                            }

                            @Override
                            public boolean matches(CharSequence raw, String encoded) {
                                PASSWORD_CHECKS.incrementAndGet();
                                return encoder.matches(raw, encoded);
                            }

                            @Override
                            public boolean upgradeEncoding(String encoded) {
                                return encoder.upgradeEncoding(encoded);
                            }
                        };
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired AccountSetup setup;
    @Autowired ApplicantService applicants;
    @Autowired UserDetailsService accounts;
    @Autowired ProfileJson profiles;
    @Autowired JdbcTemplate jdbc;
    @Value("${spring.datasource.url}") String datasourceUrl;

    String advisor;
    String token;
    long applicantId;

    @BeforeEach
    void advisorWithTokenAndRecord() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        advisor = "advisor-" + tag + "@bearer-cost.example";
        setup.createSchoolWithAccounts("Bearer Cost School " + tag,
                List.of(new NewAccount(advisor, "Avi Advisor", Role.ADVISOR, PASSWORD)));
        String created = mvc.perform(post("/api/v1/me/tokens").with(httpBasic(advisor, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"cost\", \"expiresInDays\": 1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        token = JsonPath.read(created, "$.token");
        // a long record (every field set, 20 more letters and timeline entries): the cost does not grow with it
        var profile = Profiles.everyFieldSet().externalId("COST-" + tag);
        for (int i = 0; i < 20; i++) {
            profile.letter(new Letter("Writer " + i, Specialty.PEDIATRICS, true, true, LetterStatus.RECEIVED,
                    LetterStrength.STANDARD, LocalDate.of(2026, 1, 1 + i), true, null, null));
            profile.timelineEntry(new TimelineEntry(TimelineKind.VOLUNTEERING, "clinic " + i, null,
                    LocalDate.of(2000 + i, 1, 1), LocalDate.of(2000 + i, 2, 1), false));
        }
        SaveResult saved = AsUser.call(accounts, advisor, () -> applicants.create(profile.build(), null));
        applicantId = ((SaveResult.Saved) saved).id();
    }

    boolean postgres() {
        return datasourceUrl.startsWith("jdbc:postgresql:");
    }

    long logRows() {
        return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE applicant_id = ? AND action = 'VIEW_PROFILE'",
                Long.class, applicantId);
    }

    MvcResult bearerRead() throws Exception {
        return mvc.perform(get("/api/v1/applicants/" + applicantId)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk()).andReturn();
    }

    @Test
    void a_bearer_read_runs_three_statements_checks_no_password_and_makes_no_session() throws Exception {
        bearerRead(); // the token's first use: its last use is noted (off the request thread, once a minute)
        PASSWORD_CHECKS.set(0);

        SQL.listen();
        MvcResult read;
        List<String> statements;
        try {
            read = bearerRead();
        } finally {
            statements = SQL.stop();
        }

        assertThat(statements.get(0)).as("the token, its owner and school in one query").contains("FROM api_token")
                .contains("JOIN app_user").contains("credentials_epoch");
        assertThat(statements.get(1)).as("the record, every list and the tenant check in one query")
                .contains("FROM applicant WHERE id = ? AND school_id = ?").contains("cycle_specialty");
        if (postgres()) {
            // PostgreSQL: the same statement writes the access-log row (an INSERT in its WITH clause)
            assertThat(statements).as("every statement of one bearer read").hasSize(2);
            assertThat(statements.get(1)).as("the record and its access-log row in one statement")
                    .startsWith("WITH logged AS (INSERT INTO access_log");
        } else {
            assertThat(statements).as("every statement of one bearer read").hasSize(3);
            assertThat(statements.get(2)).as("the access-log row").startsWith("INSERT INTO access_log");
        }
        assertThat(logRows()).as("access-log rows of the record").isEqualTo(2); // the first read's and this one's
        assertThat(PASSWORD_CHECKS).as("password checks (bcrypt)").hasValue(0);
        assertThat(read.getRequest().getSession(false)).as("HTTP session").isNull();
        assertThat(read.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void the_answer_is_byte_for_byte_what_the_loaded_aggregate_gives() throws Exception {
        MvcResult read = bearerRead();

        // export() still loads the aggregate (ApplicantEntity.toProfile) and reads as the same advisor
        var aggregate = AsUser.call(accounts, advisor, () -> applicants.export(applicantId));
        assertThat(read.getResponse().getContentAsString()).isEqualTo(profiles.write(aggregate.profile()).toString());
        assertThat(read.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + aggregate.version() + "\"");
    }
}
