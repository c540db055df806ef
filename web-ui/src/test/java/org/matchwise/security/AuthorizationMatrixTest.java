package org.matchwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.shell.ui.NotAllowedView;
import org.matchwise.shell.ui.NotFoundView;
import org.matchwise.shell.ui.RecordNotFoundView;
import org.matchwise.dashboard.SameSecurityStrategy;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11 item 9: who may call what. Every REST handler and every Vaadin route has a row in
 * {@code src/test/resources/authorization-matrix.txt} with the expected answer for each of seven callers; this test
 * finds every handler (Spring's {@link RequestMappingHandlerMapping}) and every route (Vaadin's route registry) at
 * run time, fails for any without a row (and any row whose endpoint is gone), then calls each one as each caller and
 * fails listing every cell that differs. The file's header says what each cell value means.
 */
@MatchwiseTest
@ExtendWith(SameSecurityStrategy.class)
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    static final String MATRIX = "/authorization-matrix.txt";
    static final List<String> ROLES = List.of("anonymous", "applicant_own", "applicant_other", "advisor", "admin",
            "other_advisor", "other_admin");
    /** Refusals are asked first, so that a permitted change (a revoke, an accept) cannot hide a refusal after it. */
    static final List<String> ORDER = List.of("anonymous", "applicant_other", "other_advisor", "other_admin",
            "applicant_own", "advisor", "admin");

    static final String OTHER_SCHOOL = "Matrix Other School";
    static final String ADMIN = "admin@demo.example";
    static final String ADVISOR = "advisor@demo.example";
    static final String OTHER_ADMIN = "admin@matrix-other.example";
    static final String OTHER_ADVISOR = "advisor@matrix-other.example";
    static final String OTHER_PASSWORD = "matrix-other-password-7";
    static final String ANA = "ana.matrix@applicants.example";
    static final String BEN = "ben.matrix@applicants.example";

    /** The signed-in user of each column (null: nobody). */
    static final Map<String, String> USER = new LinkedHashMap<>();

    static {
        USER.put("anonymous", null);
        USER.put("applicant_own", ANA);
        USER.put("applicant_other", ANA);
        USER.put("advisor", ADVISOR);
        USER.put("admin", ADMIN);
        USER.put("other_advisor", OTHER_ADVISOR);
        USER.put("other_admin", OTHER_ADMIN);
    }

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;
    @Autowired AccountSetup accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired ApplicantService applicants;
    @Autowired RemediationPlanRepository plans;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;
    final JsonMapper json = JsonMapper.builder().build();

    PortalFixture.Applicant ana;
    PortalFixture.Applicant ben;

    /** One row of the matrix: the request ("GET /api/v1/x/{id}" or "ROUTE applicants/:id"), a cell per role, what to send. */
    record Row(int line, String request, Map<String, String> cells, String send) {

        boolean route() {
            return request.startsWith("ROUTE ");
        }

        String method() {
            return request.substring(0, request.indexOf(' '));
        }

        String path() {
            return request.substring(request.indexOf(' ') + 1).trim();
        }
    }

    @BeforeEach
    void twoSchools() {
        synchronized (AuthorizationMatrixTest.class) {
            if (!accounts.schoolExists(OTHER_SCHOOL)) {
                accounts.createSchoolWithAccounts(OTHER_SCHOOL, List.of(
                        new NewAccount(OTHER_ADMIN, "Oda Matrix", Role.ADMIN, OTHER_PASSWORD),
                        new NewAccount(OTHER_ADVISOR, "Ove Matrix", Role.ADVISOR, OTHER_PASSWORD),
                        new NewAccount("cara.matrix@applicants-other.example", "Cara Matrix", Role.APPLICANT, OTHER_PASSWORD),
                        new NewAccount("dan.matrix@applicants-other.example", "Dan Matrix", Role.APPLICANT, OTHER_PASSWORD)));
            }
        }
        PortalFixture fixture = new PortalFixture(accounts, userDetails, applicants, plans, tx, clock);
        ana = fixture.applicant(ANA, "Ana", "Matrix");
        ben = fixture.applicant(BEN, "Ben", "Matrix");
    }

    // ---------------------------------------------------------------- the file

    static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX + " on the test class path").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> parts = Stream.of(line.split("\\|", -1)).map(String::strip).toList();
                if (header == null) {
                    header = parts;
                    assertThat(header.subList(1, 1 + ROLES.size())).as("the matrix's columns").isEqualTo(ROLES);
                    continue;
                }
                assertThat(parts.size()).as("line " + (i + 1) + " has a cell for every role: " + line)
                        .isBetween(1 + ROLES.size(), 2 + ROLES.size());
                Map<String, String> cells = new LinkedHashMap<>();
                for (int r = 0; r < ROLES.size(); r++) {
                    cells.put(ROLES.get(r), parts.get(1 + r));
                }
                rows.add(new Row(i + 1, parts.get(0).replaceAll("\\s+", " "), cells,
                        parts.size() > 1 + ROLES.size() ? parts.get(1 + ROLES.size()) : ""));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Every handler as "METHOD /path/{pattern}", with its consumable types in brackets when two share method and path. */
    Set<String> handlerRequests() {
        Map<String, List<RequestMappingInfo>> byRequest = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlers.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            if (e.getValue().getBeanType().getName().startsWith("org.springframework.boot.")) {
                continue; // Boot's /error
            }
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (methods.isEmpty()) {
                methods = Set.of("ANY");
            }
            for (String method : methods) {
                for (String path : info.getPatternValues()) {
                    byRequest.computeIfAbsent(method + " " + path, k -> new ArrayList<>()).add(info);
                }
            }
        }
        Set<String> requests = new TreeSet<>();
        byRequest.forEach((request, infos) -> {
            if (infos.size() == 1) {
                requests.add(request);
            } else {
                for (RequestMappingInfo info : infos) {
                    requests.add(request + " [" + info.getConsumesCondition().getConsumableMediaTypes().stream()
                            .map(MediaType::toString).sorted().collect(Collectors.joining(",")) + "]");
                }
            }
        });
        return requests;
    }

    static Set<String> routeRequests() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).map(t -> "ROUTE " + (t.isEmpty() ? "/" : t))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_endpoint_and_every_route_has_a_row_and_every_row_names_one_that_exists() {
        Set<String> existing = new TreeSet<>(handlerRequests());
        existing.addAll(routeRequests());
        Set<String> rows = matrix().stream().map(Row::request).collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(existing);
        missing.removeAll(rows);
        Set<String> gone = new TreeSet<>(rows);
        gone.removeAll(existing);
        assertThat(missing).as("endpoints and routes without a row in " + MATRIX
                + " (add one: say who may call it; see the file's header)").isEmpty();
        assertThat(gone).as("rows in " + MATRIX + " for endpoints or routes that no longer exist").isEmpty();
        assertThat(matrix().stream().map(Row::request).toList()).as("one row per endpoint").doesNotHaveDuplicates();
    }

    // ---------------------------------------------------------------- REST

    @Test
    void every_endpoint_answers_every_caller_as_the_matrix_says() throws Exception {
        correctionOf(ana); // before the rows: the row that asks for a correction must not take the place of this one
        correctionOf(ben);
        List<String> wrong = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Row row : matrix()) {
            if (row.route()) {
                continue;
            }
            for (String role : ORDER) {
                String expected = row.cells().get(role);
                MockHttpServletResponse answer = call(row, role);
                int status = answer.getStatus();
                seen.add(row.request() + " | " + role + " -> " + status);
                if (!matches(expected, row.method(), status)) {
                    wrong.add("line " + row.line() + ": " + row.request() + " as " + role + ": expected " + expected
                            + ", got " + status + " " + abbreviate(answer.getContentAsString()));
                }
            }
        }
        System.out.println("authorization matrix, REST answers:\n  " + String.join("\n  ", seen));
        assertThat(wrong).as("cells of " + MATRIX + " that the application does not keep").isEmpty();
    }

    static boolean matches(String expected, String method, int status) {
        if (expected.equals("allow")) {
            if (method.equals("GET")) {
                return status >= 200 && status < 300;
            }
            return status < 500 && status != 401 && status != 403 && status != 404 && status != 405;
        }
        return Stream.of(expected.split("/")).anyMatch(e -> e.equals(Integer.toString(status)));
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    private MockHttpServletResponse call(Row row, String role) throws Exception {
        String path = row.path().replaceFirst(" \\[.*]$", "");
        String uri = substitute(path, role);
        String send = row.send();
        String query = "";
        if (send.startsWith("?")) {
            int space = send.indexOf(' ');
            query = space < 0 ? send : send.substring(0, space);
            send = space < 0 ? "" : send.substring(space + 1).strip();
        }
        AbstractMockHttpServletRequestBuilder<?> request;
        if (send.equals("multipart")) {
            byte[] csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/api/v1/imports/template").with(basic(ADMIN))).andReturn().getResponse().getContentAsByteArray();
            request = multipart(uri + query).file(new MockMultipartFile("file", "roster.csv", "text/csv", csv));
        } else {
            request = request(HttpMethod.valueOf(row.method()), uri + query);
            if (send.startsWith("text/csv:")) {
                request.contentType("text/csv").content(send.substring("text/csv:".length()));
            } else if (!send.isEmpty()) {
                request.contentType(MediaType.APPLICATION_JSON).content(send);
            } else if (!row.method().equals("GET") && !row.method().equals("DELETE")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        String user = USER.get(role);
        if (user != null) {
            // the API chain takes Basic; the UI chain (API docs, mail links) only a session's sign-in
            request.with(path.startsWith("/api/") ? basic(user) : user(userDetails.loadUserByUsername(user)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static RequestPostProcessor basic(String email) {
        String password = switch (email) {
            case ADMIN -> "demo-admin";
            case ADVISOR -> "demo-advisor";
            case OTHER_ADMIN, OTHER_ADVISOR -> OTHER_PASSWORD;
            default -> PortalFixture.PASSWORD;
        };
        return httpBasic(email, password);
    }

    static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Fills in path variables: the record is Ana's (Ben's for applicant_other); see the file's header for the rest. */
    String substitute(String path, String role) throws Exception {
        PortalFixture.Applicant target = role.equals("applicant_other") ? ben : ana;
        Matcher m = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "id" -> path.contains("tokens/") ? Long.toString(freshToken(ADVISOR)) : Long.toString(target.recordId());
                case "matchYear" -> "2027";
                case "flagId" -> Long.toString(path.endsWith("/shared") || path.endsWith("/withdrawn")
                        ? manualFlag(target.recordId()) : firstFlag(target.recordId()));
                case "requestId" -> Long.toString(correctionOf(target));
                case "jobId" -> Long.toString(exportJob());
                case "file" -> "no-such-calendar.ics";
                default -> throw new IllegalStateException("no value for the path variable {" + name + "} in " + path
                        + ": add one to AuthorizationMatrixTest.substitute and to the matrix file's header");
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private JsonNode asJson(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    long freshToken(String email) throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/v1/me/tokens").with(basic(email))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"matrix " + UUID.randomUUID() + "\",\"expiresInDays\":30}"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).as("a token for " + email + ": " + created.getContentAsString()).isEqualTo(201);
        return asJson(created).get("id").asLong();
    }

    long firstFlag(long recordId) throws Exception {
        MockHttpServletResponse flags = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/applicants/" + recordId + "/flags").with(basic(ADVISOR))).andReturn().getResponse();
        assertThat(flags.getStatus()).isEqualTo(200);
        return asJson(flags).get(0).get("id").asLong();
    }

    /** An advisor's own flag (R18) on the record, added by school 1's advisor: only those are shared or withdrawn. */
    long manualFlag(long recordId) throws Exception {
        MockHttpServletResponse added = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/applicants/" + recordId + "/flags").with(basic(ADVISOR))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"severity\":\"LOW\",\"message\":\"Matrix manual flag\"}")).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(201);
        return asJson(added).get("id").asLong();
    }

    final Map<Long, Long> corrections = new LinkedHashMap<>();

    long correctionOf(PortalFixture.Applicant applicant) throws Exception {
        Long known = corrections.get(applicant.recordId());
        if (known != null) {
            return known;
        }
        MockHttpServletResponse created = mvc.perform(post("/api/v1/applicants/" + applicant.recordId() + "/corrections")
                .with(basic(applicant.email())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"item\":\"exams[0]\",\"kind\":\"REMOVE\",\"reason\":\"The matrix test asks.\"}"))
                .andReturn().getResponse();
        long id;
        if (created.getStatus() == 409) { // an earlier run in this context (the PostgreSQL subclass) left it open
            MockHttpServletResponse list = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/api/v1/applicants/" + applicant.recordId() + "/corrections").with(basic(applicant.email())))
                    .andReturn().getResponse();
            id = asJson(list).get(0).get("id").asLong();
        } else {
            assertThat(created.getStatus()).as("a correction request: " + created.getContentAsString()).isEqualTo(201);
            id = asJson(created).get("id").asLong();
        }
        corrections.put(applicant.recordId(), id);
        return id;
    }

    Long job;

    long exportJob() throws Exception {
        if (job == null) {
            MockHttpServletResponse started = mvc.perform(post("/api/v1/cohorts/2027/exports").with(basic(ADVISOR)))
                    .andReturn().getResponse();
            assertThat(started.getStatus()).as("an export job: " + started.getContentAsString()).isEqualTo(202);
            job = asJson(started).get("id").asLong();
        }
        return job;
    }

    // ---------------------------------------------------------------- Vaadin routes

    @Test
    void every_route_opens_or_refuses_for_every_caller_as_the_matrix_says() {
        List<Row> routes = matrix().stream().filter(Row::route).toList();
        Map<String, Class<? extends Component>> targets = new LinkedHashMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            targets.put(route.getTemplate().isEmpty() ? "/" : route.getTemplate(), route.getNavigationTarget());
        }
        List<String> wrong = new ArrayList<>();
        for (String role : ORDER) {
            String user = USER.get(role);
            Function<Void, Void> check = ignored -> {
                cleanVaadinEnvironment();
                initVaadinEnvironment();
                for (Row row : routes) {
                    String expected = row.cells().get(role);
                    String address = row.path().equals("/") ? "" : row.path()
                            .replace(":id", Long.toString((role.equals("applicant_other") ? ben : ana).recordId()));
                    String outcome;
                    try {
                        UI.getCurrent().navigate(address);
                        outcome = outcome(targets.get(row.path()));
                    } catch (RuntimeException | AssertionError e) { // browserless reports a view's failure as an AssertionError
                        if (wrong.stream().noneMatch(w -> w.contains("error "))) {
                            e.printStackTrace();
                        }
                        outcome = "error " + e;
                    }
                    if (!outcome.equals(expected)) {
                        wrong.add("line " + row.line() + ": " + row.request() + " as " + role + ": expected " + expected
                                + ", got " + outcome);
                    }
                }
                return null;
            };
            long start = System.nanoTime();
            if (user == null) {
                check.apply(null);
            } else {
                AsUser.call(userDetails, user, () -> check.apply(null));
            }
            System.out.printf("authorization matrix: the routes as %s took %d ms%n", role, (System.nanoTime() - start) / 1_000_000);
        }
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        assertThat(wrong).as("route cells of " + MATRIX + " that the application does not keep").isEmpty();
    }

    /** What the user sees after the navigation: the not-allowed page, sign-in, a not-found page, the view, or another. */
    private String outcome(Class<? extends Component> target) {
        if ($(NotAllowedView.class).exists()) {
            return "deny";
        }
        if ($(RecordNotFoundView.class).exists() || $(NotFoundView.class).exists() 
                || $(com.vaadin.flow.component.html.Div.class).withClassName("mw-case-not-found").exists()
                || visibleNotFound(UI.getCurrent())) {
            return "notfound";
        }
        if ($(target).exists()) {
            return "allow";
        }
        return $(LoginView.class).exists() ? "login" : "forward";
    }

    private static boolean visibleNotFound(Component component) {
        return visibleNotFound(component.getElement());
    }

    private static boolean visibleNotFound(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode() || !element.isVisible()) {
            return false;
        }
        if (element.getClassList().contains("mw-case-not-found")) {
            return true;
        }
        return element.getChildren().anyMatch(AuthorizationMatrixTest::visibleNotFound);
    }
}
