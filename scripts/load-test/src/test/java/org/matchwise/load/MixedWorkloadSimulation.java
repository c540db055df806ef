package org.matchwise.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The mixed workload of issue 13, item 7, against a running Matchwise (scripts/load-test.sh starts one on
 * PostgreSQL with 10,000 generated applicants over 5 match years and runs this):
 * <ul>
 *   <li><b>advisors</b> (API): list a page of applicants of a match year, open a case (record and flags), read its
 *       assessment, and now and then download its progress report PDF;</li>
 *   <li><b>applicants</b> (API): read their own record and its assessment, and update an entry of theirs (a practice
 *       test score they entered) with the record's ETag in If-Match, as the portal does;</li>
 *   <li><b>advisors in the browser</b> (the UI's HTTP, as far as it is practical without a browser): sign in through
 *       the login form, open the app in a tab (page and Vaadin's first UI state), then move between the worklist,
 *       applicants, dashboard and exports views with the UIDL requests the Vaadin client sends (the server builds
 *       each view with its queries); what the browser itself does (rendering, scripts) is not simulated.</li>
 * </ul>
 * Each virtual user signs in once and then repeats its iteration, with think time between requests, until the
 * duration is over; the users start evenly over the ramp. How API calls are authorised is pluggable
 * ({@code -Dauth=basic|bearer}): HTTP Basic sends the password on every request (one bcrypt check each, costly on
 * purpose), bearer creates a personal API token once per user ({@code POST /api/v1/me/tokens}) and sends it.
 *
 * <p>System properties (all optional but the two account files): {@code baseUrl} (http://127.0.0.1:18480),
 * {@code users} (100 concurrent), {@code rampSeconds} (30), {@code durationSeconds} (300), {@code auth} (basic),
 * {@code advisorShare} / {@code uiShare} (0.6 / 0.1; the rest are applicants), {@code pdfShare} (0.25 of advisor
 * iterations), {@code pauseMinMs} / {@code pauseMaxMs} (1000 / 3000), {@code matchYears} (2023-2027),
 * {@code advisors} (CSV email,password) and {@code applicants} (CSV email,password,id: accounts linked to records).
 */
public class MixedWorkloadSimulation extends Simulation {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LOAD_TEST_FORM = "Matchwise load test";

    final String baseUrl = System.getProperty("baseUrl", "http://127.0.0.1:18480");
    final int users = Integer.getInteger("users", 100);
    final Duration ramp = Duration.ofSeconds(Integer.getInteger("rampSeconds", 30));
    final Duration duration = Duration.ofSeconds(Integer.getInteger("durationSeconds", 300));
    final String auth = System.getProperty("auth", "basic");
    final double advisorShare = Double.parseDouble(System.getProperty("advisorShare", "0.6"));
    final double uiShare = Double.parseDouble(System.getProperty("uiShare", "0.1"));
    final double pdfShare = Double.parseDouble(System.getProperty("pdfShare", "0.25"));
    final Duration pauseMin = Duration.ofMillis(Long.getLong("pauseMinMs", 1000));
    final Duration pauseMax = Duration.ofMillis(Long.getLong("pauseMaxMs", 3000));
    final List<Integer> matchYears = years(System.getProperty("matchYears", "2023-2027"));
    final String advisorsFile = System.getProperty("advisors", "advisors.csv");
    final String applicantsFile = System.getProperty("applicants", "applicants.csv");

    final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .acceptHeader("application/json")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("matchwise-load-test")
            // every read must reach the app: Gatling's browser cache would answer repeated GETs with If-None-Match
            .disableCaching()
            .shareConnections();

    // ---- authorisation: the one place that knows how a user proves who they are ----

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sets the session's {@code authorization} header value for the user in {@code email}/{@code password}. */
    ChainBuilder signIn(String who) {
        ChainBuilder basic = exec(s -> s.set("authorization", basic(s.getString("email"), s.getString("password"))));
        if (auth.equals("basic")) {
            return basic;
        }
        if (!auth.equals("bearer")) {
            throw new IllegalArgumentException("-Dauth must be basic or bearer, not " + auth);
        }
        // one token per virtual user, created with the password once; every later request carries only the token
        return basic.exec(http(who + ": create API token").post("/api/v1/me/tokens")
                .header("Authorization", "#{authorization}")
                .body(StringBody("{\"name\":\"load test\",\"expiresInDays\":1}")).asJson()
                .check(status().is(201), jsonPath("$.token").saveAs("token")))
                .exec(s -> s.set("authorization", "Bearer " + s.getString("token")));
    }

    /**
     * Signs in, trying up to 5 times with think time between (an overloaded app answers 503); a user who still could
     * not sign in leaves instead of sending requests without credentials.
     */
    ChainBuilder signInOrLeave(String who) {
        return exec(tryMax(5).on(exec(signIn(who)).pause(pauseMin, pauseMax)))
                .exitHereIfFailed();
    }

    // ---- advisors through the API ----

    ChainBuilder advisorIteration() {
        return exec(s -> s.set("year", matchYears.get(ThreadLocalRandom.current().nextInt(matchYears.size())))
                        .set("page", ThreadLocalRandom.current().nextInt(20)))
                .exec(http("advisor: list applicants").get("/api/v1/applicants")
                        .queryParam("matchYear", "#{year}").queryParam("page", "#{page}").queryParam("size", "25")
                        .header("Authorization", "#{authorization}")
                        .check(status().is(200), jsonPath("$.items[*].id").findRandom().saveAs("caseId")))
                .pause(pauseMin, pauseMax)
                .exec(http("advisor: open case").get("/api/v1/applicants/#{caseId}")
                        .header("Authorization", "#{authorization}")
                        .check(status().is(200), header("ETag").exists()))
                .exec(http("advisor: case flags").get("/api/v1/applicants/#{caseId}/flags")
                        .header("Authorization", "#{authorization}")
                        .check(status().is(200)))
                .pause(pauseMin, pauseMax)
                .exec(http("advisor: assessment").get("/api/v1/applicants/#{caseId}/assessment")
                        .header("Authorization", "#{authorization}")
                        .check(status().is(200), jsonPath("$.readiness.verdict").exists()))
                .pause(pauseMin, pauseMax)
                .exec(doIf(s -> ThreadLocalRandom.current().nextDouble() < pdfShare).then(
                        exec(http("advisor: progress report PDF").get("/api/v1/applicants/#{caseId}/reports/progress.pdf")
                                .header("Authorization", "#{authorization}").header("Accept", "application/pdf")
                                .check(status().is(200), header("Content-Type").is("application/pdf")))
                                .pause(pauseMin, pauseMax)));
    }

    // ---- applicants through the API ----

    ChainBuilder applicantIteration() {
        return exec(http("applicant: read own record").get("/api/v1/applicants/#{id}")
                        .header("Authorization", "#{authorization}")
                        .check(status().is(200), header("ETag").saveAs("etag"), bodyString().saveAs("record")))
                .pause(pauseMin, pauseMax)
                .exec(s -> s.set("edited", editPracticeScore(s.getString("record"))))
                .exec(http("applicant: update own entry").put("/api/v1/applicants/#{id}")
                        .header("Authorization", "#{authorization}").header("If-Match", "#{etag}")
                        .body(StringBody("#{edited}")).asJson()
                        .check(status().is(200)))
                .pause(pauseMin, pauseMax)
                .exec(http("applicant: own assessment").get("/api/v1/applicants/#{id}/assessment")
                        .header("Authorization", "#{authorization}")
                        .check(status().is(200)))
                .pause(pauseMin, pauseMax);
    }

    /**
     * The applicant's edit: their own practice test entry gets a new predicted score (added the first time). Only
     * the applicant's own, unverified entries may change, and this one is theirs.
     */
    static String editPracticeScore(String record) {
        try {
            ObjectNode profile = (ObjectNode) JSON.readTree(record);
            JsonNode existing = profile.get("practiceAssessments");
            ArrayNode practice = existing instanceof ArrayNode a ? a : profile.putArray("practiceAssessments");
            ObjectNode mine = null;
            for (JsonNode p : practice) {
                if (LOAD_TEST_FORM.equals(p.path("form").asText())) {
                    mine = (ObjectNode) p;
                }
            }
            if (mine == null) {
                mine = practice.addObject().put("exam", "USMLE_STEP2_CK").put("form", LOAD_TEST_FORM)
                        .put("date", LocalDate.now().minusDays(7).toString());
            }
            mine.put("predictedScore", 200 + ThreadLocalRandom.current().nextInt(60));
            return JSON.writeValueAsString(profile);
        } catch (Exception e) {
            throw new IllegalStateException("the applicant's record is not the profile JSON expected", e);
        }
    }

    // ---- advisors in the browser: the UI's HTTP ----

    ChainBuilder uiSignIn() {
        return exec(http("ui: login page").get("/login").header("Accept", "text/html")
                        .check(status().is(200)))
                .exec(http("ui: sign in (form)").post("/login").header("Accept", "text/html")
                        .formParam("username", "#{email}").formParam("password", "#{password}")
                        .disableFollowRedirect()
                        // success and failure both redirect: a wrong password goes to /login?error
                        .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)));
    }

    /** The views an advisor moves between in one browser tab. */
    static final List<String> UI_ROUTES = List.of("worklist", "applicants", "dashboard", "exports");

    /**
     * Opens the app as a browser tab does: the page, then the UI's first state ({@code v-r=init}), which carries the
     * UI id, the CSRF key and the sync ids that every later request of that tab must send.
     */
    ChainBuilder uiOpenTab() {
        return exec(http("ui: open app page").get("/").header("Accept", "text/html")
                        .check(status().is(200)))
                .exec(http("ui: start UI").get("/?v-r=init&location=worklist&query=")
                        .check(status().is(200),
                                jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"),
                                jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"),
                                jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId")));
    }

    /**
     * One navigation inside the tab, as the Vaadin client sends it when the user clicks a menu entry: a UIDL request
     * with a {@code ui-navigate} event; the server builds the view (its queries included) and answers its state.
     */
    ChainBuilder uiIteration() {
        // another view than the one open (the tab starts on the worklist): navigating to the open view changes
        // nothing, and its answer carries no "changes"
        return exec(s -> {
                    String open = s.contains("route") ? s.getString("route") : "worklist";
                    List<String> others = UI_ROUTES.stream().filter(r -> !r.equals(open)).toList();
                    return s.set("route", others.get(ThreadLocalRandom.current().nextInt(others.size())));
                })
                .exec(http("ui: navigate to a view").post("/?v-r=uidl&v-uiId=#{uiId}")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"#{route}\",\"query\":\"\","
                                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                                + "\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                        .check(status().is(200),
                                // a session that ended or a sync error answers 200 too, with a request to reload
                                bodyString().transform(b -> b.contains("\"changes\"") && !b.contains("\"redirect\"")
                                        && !b.contains("sessionExpired")).is(true),
                                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                                regex("\"clientId\":(\\d+)").saveAs("clientId")))
                .pause(pauseMin.multipliedBy(2), pauseMax.multipliedBy(2));
    }

    /** One iteration that stops at its first failed request (the next needs its answer), then thinks a moment. */
    ChainBuilder once(ChainBuilder iteration) {
        return exec(exitBlockOnFail().on(iteration)).pause(pauseMin, pauseMax);
    }

    // ---- the population ----

    ScenarioBuilder advisors = scenario("advisors (API)")
            .feed(csv(advisorsFile).circular())
            .exec(signInOrLeave("advisor"))
            .during(duration).on(once(advisorIteration()));

    ScenarioBuilder applicants = scenario("applicants (API)")
            // one account per virtual user: two users editing one record would conflict (412) by design
            .feed(csv(applicantsFile).queue())
            .exec(signInOrLeave("applicant"))
            .during(duration).on(once(applicantIteration()));

    ScenarioBuilder browser = scenario("advisors (UI)")
            .feed(csv(advisorsFile).circular())
            .exec(uiSignIn())
            .exec(uiOpenTab())
            .during(duration).on(once(uiIteration()));

    {
        int ui = (int) Math.round(users * uiShare);
        int advisorApi = (int) Math.round(users * advisorShare);
        int applicantApi = users - ui - advisorApi;
        List<PopulationBuilder> population = new ArrayList<>();
        population.add(advisors.injectOpen(rampUsers(advisorApi).during(ramp)));
        if (applicantApi > 0) {
            population.add(applicants.injectOpen(rampUsers(applicantApi).during(ramp)));
        }
        if (ui > 0) {
            population.add(browser.injectOpen(rampUsers(ui).during(ramp)));
        }
        System.out.printf("Matchwise load test: %d users (%d advisors API, %d applicants API, %d advisors UI), %s auth,"
                + " ramp %s, %s at full load, against %s%n", users, advisorApi, applicantApi, ui, auth, ramp, duration, baseUrl);
        setUp(population).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lt(300));
    }

    static List<Integer> years(String range) {
        String[] parts = range.split("-");
        List<Integer> years = new ArrayList<>();
        for (int y = Integer.parseInt(parts[0].trim()); y <= Integer.parseInt(parts[parts.length - 1].trim()); y++) {
            years.add(y);
        }
        return years;
    }
}
