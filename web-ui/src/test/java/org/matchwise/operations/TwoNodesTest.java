package org.matchwise.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.matchwise.demo.DemoCohort;
import org.matchwise.e2e.Browser;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matchwise on several nodes and through real faults, with the production jar: nodes are separate JVMs on one
 * PostgreSQL database; node A reaches it through a TCP proxy that the test cuts. In order:
 * the demo data is loaded before readiness turns UP; an export built on one node downloads from the other; a
 * scheduled task runs once across the nodes; the account lockout holds across nodes; a node stopped with SIGTERM
 * mid-export hands its job back and another node finishes it from the checkpoint; a node killed with SIGKILL
 * mid-export is noticed and its job resumed from the checkpoint within a minute; and a database cut makes the
 * node's readiness DOWN within 5 s, UP again after, and its export is retried to the end.
 *
 * <p>Run: {@code MATCHWISE_TEST_POSTGRES_URL=... ./mvnw -pl web-ui -am verify -Dtest=TwoNodesTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (the build makes the jar before the tests). Node logs:
 * {@code web-ui/target/nodes/}.
 */
@RequiresPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    static final String ADVISOR = "advisor@demo.example";
    static final String ADVISOR_PW = "demo-advisor";
    static final String ADMIN = "admin@demo.example";
    static final String ADMIN_PW = "demo-admin";
    /** Who lists and exports in these tests: the admin, since the advisor is deactivated mid-way (revocation test). */
    static final String STAFF = ADMIN;
    static final String STAFF_PW = ADMIN_PW;
    // free ports unless given: fixed ones collided with other runs on the same machine (the restore drill, a
    // second checkout's tests)
    static final int PORT_A = Integer.getInteger("matchwise.it.port-a", AppNode.freePort());
    static final int PORT_B = Integer.getInteger("matchwise.it.port-b", AppNode.freePort());
    static final JsonMapper JSON = JsonMapper.builder().build();

    static PostgresDatabase.Info db;
    static TcpProxy proxy;
    static AppNode a;
    static AppNode b;
    static int year;
    static int cohortSize;
    static long firstApplicantsSeenAtReady = -1;
    /** The recurring-task test's count starts when both nodes are ready, so that it runs beside tests 2 and 3. */
    static Instant sweepsFrom;
    static double sweepsBeforeA;
    static double sweepsBeforeB;

    /** How often the recurring file-store sweep is due on these nodes (counted by the recurring-task test). */
    static final Duration SWEEP = Duration.ofSeconds(1);

    static String[] common() {
        // fast sweeps (to count how often a recurring task runs) and polling, as the tests need; heartbeats every
        // 2 s, so a killed node's job is found dead after 4 missed ones (8 s) rather than 20 s (the default 5 s), still
        // with room for a node that a loaded machine starves for a few seconds
        // bcrypt at strength 4 (the default is 10): these tests sign in with HTTP Basic on every call, and what they
        // prove is about the nodes, not the cost of a password check (the demo accounts are hashed at node A's start)
        return new String[] {"--matchwise.storage.sweep-every=" + SWEEP, "--db-scheduler.polling-interval=1s",
            "--db-scheduler.heartbeat-interval=2s", "--matchwise.security.bcrypt-strength=4",
            // an export interrupted by the database cut is retried after 1 s, 2 s, 4 s... (the default starts at 5 s):
            // the same retries, sooner after the database is back
            "--matchwise.exports.retry-backoff=1s"};
    }

    @BeforeAll
    static void startNodes() throws Exception {
        db = PostgresDatabase.fresh();
        String direct = db.url();
        int dbPort = Integer.parseInt(direct.replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1"));
        proxy = new TcpProxy("127.0.0.1", dbPort);
        String viaProxy = direct.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");

        List<String> argsA = new ArrayList<>(List.of(common()));
        argsA.add("--matchwise.demo.enabled=true");
        a = AppNode.start("node-a", PORT_A, viaProxy, db.username(), db.password(), argsA.toArray(String[]::new));
        // node B starts beside node A (one core each), not after it: its Flyway waits for node A's migration (a lock
        // in the database), and it loads no demo data
        b = AppNode.start("node-b", PORT_B, direct, db.username(), db.password(), common());
        // readiness must not be UP before the demo data is in: the first UP already sees every demo applicant
        Duration aUp = a.awaitReadiness(s -> s == 200, Duration.ofMinutes(8));
        firstApplicantsSeenAtReady = json(a.call("GET", "/api/v1/applicants?size=1", STAFF, STAFF_PW)).get("total").asLong();
        Duration bUp = b.awaitReadiness(s -> s == 200, Duration.ofMinutes(8));
        System.out.printf("Nodes started together: A ready after %.1f s, B %.1f s after A%n", aUp.toMillis() / 1000.0,
                bUp.toMillis() / 1000.0);

        sweepsFrom = Instant.now();
        sweepsBeforeA = sweeps(a);
        sweepsBeforeB = sweeps(b);

        for (int y = 2025; y <= 2027; y++) {
            long n = json(a.call("GET", "/api/v1/applicants?size=1&matchYear=" + y, STAFF, STAFF_PW)).get("total").asLong();
            if (n > cohortSize) {
                cohortSize = (int) n;
                year = y;
            }
        }
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (AppNode n : new AppNode[] {a, b}) {
            if (n != null && n.alive()) {
                n.kill();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body())).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    static long startExport(AppNode on) throws Exception {
        HttpResponse<byte[]> r = on.call("POST", "/api/v1/cohorts/" + year + "/exports", STAFF, STAFF_PW);
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(202);
        return JSON.readTree(r.body()).get("id").asLong();
    }

    static JsonNode job(AppNode on, long id) throws Exception {
        return json(on.call("GET", "/api/v1/exports/" + id, STAFF, STAFF_PW));
    }

    static JsonNode awaitDone(AppNode on, long id, Duration atMost) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        JsonNode j = null;
        while (Instant.now().isBefore(deadline)) {
            j = job(on, id);
            String s = j.get("status").asString();
            assertThat(String.valueOf(j.get("message"))).as("users never see exception names").doesNotContain("Exception");
            if (!s.equals("QUEUED") && !s.equals("RUNNING")) {
                return j;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("export " + id + " not finished within " + atMost + ": " + j);
    }

    /** Polls until the job has at least {@code done} applicants, and returns which node runs it. */
    static String awaitProgress(AppNode on, long id, int done, Duration atMost) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (job(on, id).get("done").asInt() >= done) {
                return nodeOf(id);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("export " + id + " did not reach " + done + " applicants within " + atMost);
    }

    /**
     * Starts exports on {@code node} until one runs there (any node may pick a job up; up to 4 tries) and has done 2
     * applicants; returns its id.
     */
    static long exportRunningOn(AppNode node) throws Exception {
        long id = -1;
        String runner = null;
        for (int attempt = 0; attempt < 4 && !node.name.equals(runner); attempt++) {
            id = startExport(node);
            runner = awaitProgress(node, id, 2, Duration.ofMinutes(2));
        }
        assertThat(runner).as("the export runs on " + node.name).isEqualTo(node.name);
        return id;
    }

    static String nodeOf(long jobId) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                ResultSet r = c.createStatement().executeQuery("SELECT node FROM report_export_job WHERE id = " + jobId)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                names.add(e.getName());
            }
        }
        return names;
    }

    static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    @Order(1)
    void the_demo_data_is_loaded_before_readiness_turns_up() {
        assertThat(firstApplicantsSeenAtReady).isEqualTo(DemoCohort.applicants().size());
        assertThat(cohortSize).isGreaterThanOrEqualTo(5);
    }

    @Test
    @Order(2)
    void an_export_started_on_one_node_downloads_from_either_node_and_runs_once() throws Exception {
        long id = startExport(a);
        JsonNode done = awaitDone(b, id, Duration.ofMinutes(8));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("attempts").asInt()).as("picked by exactly one node, once").isEqualTo(1);

        HttpResponse<byte[]> fromB = b.call("GET", "/api/v1/exports/" + id + "/file", STAFF, STAFF_PW);
        HttpResponse<byte[]> fromA = a.call("GET", "/api/v1/exports/" + id + "/file", STAFF, STAFF_PW);
        assertThat(fromB.statusCode()).isEqualTo(200);
        assertThat(fromA.statusCode()).isEqualTo(200);
        assertThat(sha(fromB.body())).isEqualTo(sha(fromA.body()));
        assertThat(entries(fromB.body())).hasSize(2 * cohortSize + 1);
        assertThat(fromB.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    @Order(3)
    void the_account_lockout_holds_across_nodes() throws Exception {
        String email = "applicant@demo.example";
        for (int i = 0; i < 5; i++) {
            AppNode n = i % 2 == 0 ? a : b;
            assertThat(n.call("GET", "/api/v1/me", email, "wrong-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(a.call("GET", "/api/v1/me", email, "demo-applicant").statusCode()).as("locked on node A").isEqualTo(401);
        assertThat(b.call("GET", "/api/v1/me", email, "demo-applicant").statusCode()).as("locked on node B").isEqualTo(401);
    }

    @Test
    @Order(4)
    void a_recurring_task_runs_once_per_period_across_both_nodes() throws Exception {
        // 20 periods of the sweep, counted from when both nodes were ready: the tests before this one (an export, the
        // lockout) run inside the window, with both nodes up, instead of the test waiting the whole 20 s on its own
        Duration left = Duration.between(Instant.now(), sweepsFrom.plus(SWEEP.multipliedBy(20)));
        if (left.isPositive()) {
            Thread.sleep(left.toMillis());
        }
        double runsA = sweeps(a) - sweepsBeforeA;
        double runsB = sweeps(b) - sweepsBeforeB;
        double seconds = Duration.between(sweepsFrom, Instant.now()).toMillis() / 1000.0;
        double periods = seconds / (SWEEP.toMillis() / 1000.0);
        // the sweep is due one period after the last run ended, wherever it ran: at most one run per period in all
        // (+2 for the edges); two nodes running it each on their own would make about twice as many
        assertThat(runsA + runsB).as("runs on A %s + B %s in %.0f s", runsA, runsB, seconds)
                .isGreaterThanOrEqualTo(periods / 5).isLessThanOrEqualTo(periods + 2);
        System.out.printf("Recurring task (every %s): %.0f runs on A + %.0f on B in %.0f s%n", SWEEP, runsA, runsB,
                seconds);
    }

    static double sweeps(AppNode n) throws Exception {
        String metrics = new String(n.call("GET", "/actuator/prometheus", ADMIN, ADMIN_PW).body());
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("matchwise_jobs_runs_seconds_count") && line.contains("task=\"filestore-sweep\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        assertThat(metrics).contains("matchwise_requests_seconds_count", "matchwise_signins_total");
        return sum;
    }

    @Test
    @Order(5)
    void a_user_deactivated_on_one_node_is_signed_out_on_the_other_in_the_ui_and_the_api() throws Exception {
        Browser.requireOrSkip();
        // the advisor is signed in on node A three ways: a UI session (the login form), HTTP Basic, an API token
        HttpClient ui = AppNode.sessionClient();
        assertThat(a.formLogin(ui, ADVISOR, ADVISOR_PW)).as("UI sign-in on node A").isTrue();
        assertThat(a.page(ui, "/").statusCode()).as("a page of the UI session on node A").isEqualTo(200);
        HttpResponse<byte[]> created = a.call("POST", "/api/v1/me/tokens", ADVISOR, ADVISOR_PW,
                "{\"name\":\"two nodes\",\"expiresInDays\":1}");
        org.junit.jupiter.api.Assumptions.assumeTrue(created.statusCode() != 404 && created.statusCode() != 405,
                "this build has no personal API tokens (POST /api/v1/me/tokens)");
        assertThat(created.statusCode()).as(new String(created.body())).isEqualTo(201);
        String token = JSON.readTree(created.body()).get("token").asString();
        assertThat(a.callWithToken("GET", "/api/v1/me", token).statusCode()).isEqualTo(200);
        assertThat(a.call("GET", "/api/v1/me", ADVISOR, ADVISOR_PW).statusCode()).isEqualTo(200);

        // an admin deactivates the advisor in the UI of node B (a real browser on the Users screen)
        try (Browser browser = new Browser()) {
            browser.signIn(b.base(), ADMIN, ADMIN_PW);
            browser.waitForUrlNot("/login");
            browser.driver.get(b.base() + "/admin/users");
            browser.clickInGridRow(ADVISOR, "Deactivate");
            browser.confirm();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Boolean.TRUE.equals(enabled(ADVISOR)) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
        }
        assertThat(enabled(ADVISOR)).as("deactivated through node B").isFalse();

        // node A: the UI session ends at its next request, and neither credential works any more
        HttpResponse<byte[]> page = a.page(ui, "/");
        assertThat(page.statusCode()).as("the UI session on node A is signed out").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(a.callWithToken("GET", "/api/v1/me", token).statusCode()).as("API token on node A").isEqualTo(401);
        assertThat(a.call("GET", "/api/v1/me", ADVISOR, ADVISOR_PW).statusCode()).as("password on node A").isEqualTo(401);
        assertThat(a.formLogin(AppNode.sessionClient(), ADVISOR, ADVISOR_PW)).as("a new UI sign-in on node A").isFalse();
    }

    static Boolean enabled(String email) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                var st = c.prepareStatement("SELECT enabled FROM app_user WHERE email = ?")) {
            st.setString(1, email);
            try (ResultSet r = st.executeQuery()) {
                return r.next() ? r.getBoolean(1) : null;
            }
        }
    }

    @Test
    @Order(6)
    void a_node_stopped_with_sigterm_mid_export_hands_the_job_back_and_another_node_finishes_it() throws Exception {
        long id = exportRunningOn(b);
        int doneAtStop = job(a, id).get("done").asInt();
        Instant stopped = Instant.now();

        int exit = b.stop(Duration.ofSeconds(60));

        assertThat(b.logText()).contains("handed back");
        JsonNode done = awaitDone(a, id, Duration.ofMinutes(3));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(nodeOf(id)).isEqualTo("node-a");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(a.logText()).containsPattern("Cohort export " + id + " resumed on node-a \\(attempt 2\\) at [1-9]");
        HttpResponse<byte[]> zip = a.call("GET", "/api/v1/exports/" + id + "/file", STAFF, STAFF_PW);
        assertThat(entries(zip.body())).hasSize(2 * cohortSize + 1);
        System.out.printf("SIGTERM: node B exited %d; %d applicants were done; node A finished %.1f s after the stop%n",
                exit, doneAtStop, Duration.between(stopped, Instant.now()).toMillis() / 1000.0);
    }

    @Test
    @Order(7)
    void a_node_killed_mid_export_is_noticed_and_its_job_resumed_from_the_checkpoint_within_a_minute() throws Exception {
        b = AppNode.start("node-c", PORT_B, db.url(), db.username(), db.password(), common());
        b.awaitReadiness(s -> s == 200, Duration.ofMinutes(8));
        long id = exportRunningOn(b);
        int doneAtKill = job(a, id).get("done").asInt();

        b.kill();
        Instant killed = Instant.now();

        // progress never goes back to zero: node A resumes from the checkpoint
        Instant deadline = killed.plus(Duration.ofSeconds(60));
        String by = null;
        while (Instant.now().isBefore(deadline)) {
            JsonNode j = job(a, id);
            assertThat(j.get("done").asInt()).as("progress kept across the kill").isGreaterThanOrEqualTo(doneAtKill);
            by = nodeOf(id);
            if ("node-a".equals(by)) {
                break;
            }
            Thread.sleep(250);
        }
        Duration pickedUpAfter = Duration.between(killed, Instant.now());
        assertThat(by).as("node A took the job over within a minute").isEqualTo("node-a");
        JsonNode done = awaitDone(a, id, Duration.ofMinutes(3));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(a.logText()).containsPattern("Cohort export " + id + " resumed on node-a \\(attempt 2\\) at [1-9]");
        assertThat(entries(a.call("GET", "/api/v1/exports/" + id + "/file", STAFF, STAFF_PW).body()))
                .hasSize(2 * cohortSize + 1);
        System.out.printf("SIGKILL: %d applicants were done; node A took over %.1f s after the kill%n", doneAtKill,
                pickedUpAfter.toMillis() / 1000.0);
    }

    @Test
    @Order(8)
    void a_database_cut_turns_readiness_down_within_5_s_up_after_and_the_export_is_retried_to_the_end() throws Exception {
        assertThat(a.readiness()).isEqualTo(200);
        long id = startExport(a);
        awaitProgress(a, id, 2, Duration.ofMinutes(2));
        assertThat(nodeOf(id)).isEqualTo("node-a");

        Instant cut = Instant.now();
        proxy.cut();
        Duration down = a.awaitReadiness(s -> s == 503, Duration.ofSeconds(10));
        assertThat(down).as("readiness DOWN after the cut").isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(a.call("GET", "/actuator/health/liveness", null, null).statusCode())
                .as("liveness stays UP: restarting would not bring the database back").isEqualTo(200);
        // the API answers at once that the database is away (503 problem+json), instead of hanging or saying 401
        Instant asked = Instant.now();
        HttpResponse<byte[]> during = a.call("GET", "/api/v1/applicants?size=1", STAFF, STAFF_PW);
        Duration answeredIn = Duration.between(asked, Instant.now());
        assertThat(during.statusCode()).as(new String(during.body())).isEqualTo(503);
        assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(during.headers().firstValue("Retry-After")).isPresent();
        JsonNode problem = JSON.readTree(during.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("error").asString()).isEqualTo("unavailable");
        assertThat(problem.get("requestId").asString()).isNotBlank();
        assertThat(answeredIn).as("503 within 5 s of the request").isLessThanOrEqualTo(Duration.ofSeconds(5));
        Thread.sleep(6_000);

        proxy.restore();
        Duration up = a.awaitReadiness(s -> s == 200, Duration.ofSeconds(30));
        assertThat(a.call("GET", "/api/v1/applicants?size=1", STAFF, STAFF_PW).statusCode())
                .as("the API answers again once the database is back").isEqualTo(200);
        JsonNode done = awaitDone(a, id, Duration.ofMinutes(3));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("attempts").asInt()).as("retried after the outage").isGreaterThanOrEqualTo(2);
        assertThat(entries(a.call("GET", "/api/v1/exports/" + id + "/file", STAFF, STAFF_PW).body()))
                .hasSize(2 * cohortSize + 1);
        System.out.printf("DB cut: readiness DOWN after %.1f s, API 503 problem+json in %.1f s, UP %.1f s after the restore;"
                        + " export done after %d attempts, %.1f s after the cut%n", down.toMillis() / 1000.0,
                answeredIn.toMillis() / 1000.0, up.toMillis() / 1000.0,
                done.get("attempts").asInt(), Duration.between(cut, Instant.now()).toMillis() / 1000.0);
    }

    @Test
    @Order(9)
    void a_node_whose_data_directory_cannot_be_written_refuses_to_start_and_says_why() throws Exception {
        // a regular file where the directory should be: not creatable, whoever runs the test (root included)
        java.nio.file.Path file = java.nio.file.Files.createTempFile("matchwise-not-a-dir", ".txt");
        AppNode bad = AppNode.start("node-bad", PORT_B, db.url(), db.username(), db.password(),
                "--matchwise.data-dir=" + file.resolve("data"));
        int exit = bad.awaitExit(Duration.ofMinutes(3));
        String log = bad.logText();
        assertThat(exit).isNotZero();
        assertThat(log).contains("APPLICATION FAILED TO START", "The data directory " + file.resolve("data"),
                "is not writable", "MATCHWISE_DATA_DIR");
        java.nio.file.Files.deleteIfExists(file);
    }
}
