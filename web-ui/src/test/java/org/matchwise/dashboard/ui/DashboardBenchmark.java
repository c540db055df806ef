package org.matchwise.dashboard.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.SessionObjects;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchwise.BenchmarkDatabase;
import org.matchwise.MatchwiseApplication;
import org.matchwise.dashboard.DashboardService;
import org.matchwise.dashboard.DashboardViews.Dashboard;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.ListQuery;
import org.matchwise.worklist.ui.WorklistView;
import org.matchwise.dashboard.ListSort;
import org.matchwise.dashboard.SameSecurityStrategy;
import org.matchwise.flags.FlagCategory;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures the dashboard on PostgreSQL holding the benchmark data of {@code org.matchwise.demo.BenchmarkGenerator}
 * (10,000 applicants over 5 match years, all in the benchmark advisor's caseload). Not part of the normal
 * suite; runs with the benchmark switch (README, "Benchmarks"), as described in docs/benchmarks.md ("Dashboard"):
 * <pre>MATCHWISE_BENCH_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/dash_bench \
 *   ./mvnw -Pbenchmarks -pl web-ui -am verify -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Prints median, p90 and max of each call and the heap per signed-in session, and asserts the targets of
 * docs/benchmarks.md: a cohort summary under 50 ms, every server round trip (service call or view refresh) under
 * 300 ms (medians), a session with the dashboard open under 1 MB. Skipped, with the reason, where
 * {@code MATCHWISE_BENCH_POSTGRES_URL} names no generated database.
 */
@SpringBootTest(classes = MatchwiseApplication.class)
@ActiveProfiles("postgres")
@ExtendWith(SameSecurityStrategy.class)
@Tag("benchmark")
class DashboardBenchmark extends SpringBrowserlessTest {

    static final String ADVISOR = "advisor@benchmark-school-of-medicine.invalid";
    static final int WARMUP = 5;
    static final int RUNS = 30;
    static final int SESSIONS = 40;
    /** Targets (docs/benchmarks.md, summary): medians in ms, heap per session in KB. */
    static final double COHORT_SUMMARY_MS = 50;
    static final double ROUND_TRIP_MS = 300;
    static final double SESSION_KB = 1024;

    private final SoftAssertions targets = new SoftAssertions();

    @BeforeAll
    static void needsTheGeneratedDatabase() {
        BenchmarkDatabase.require();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", BenchmarkDatabase::url);
        registry.add("spring.flyway.enabled", () -> "true");
        // a benchmark database may have been migrated by another branch past this one's newest migration:
        // apply this branch's missing ones (the dashboard's indexes) all the same
        registry.add("spring.flyway.out-of-order", () -> "true");
    }

    @Autowired
    DashboardService service;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    RuleSetStore ruleSets;
    @Autowired
    org.matchwise.worklist.WorklistService worklists;

    @Test
    @WithUserDetails(ADVISOR)
    void dashboard_service_call_and_view_refresh_times() {
        int year = service.currentMatchYear();
        long me = currentUser.require().id();
        Dashboard mine = service.dashboard(new DashboardQuery(year, null, me));
        System.out.printf(Locale.ROOT, "[dashboard-bench] current season %d: %d applicants in the caseload, %d with open"
                + " HIGH flags, %d NOT_READY, %d re-applicants, %d below the USCE threshold%n", year,
                mine.headline().applicants(), mine.headline().withOpenHighFlag(), mine.headline().notReady(),
                mine.headline().reapplicants(), mine.usce().belowThreshold());

        long school = currentUser.require().schoolId();
        time(0, "rule set: the year's latest version read and parsed", () -> ruleSets.latest(school, year));
        time(COHORT_SUMMARY_MS, "cohort summary: advisor's caseload, current season",
                () -> service.cohortSummary(new DashboardQuery(year, null, me)));
        time(COHORT_SUMMARY_MS, "cohort summary: whole school, current season",
                () -> service.cohortSummary(new DashboardQuery(year, null, null)));
        time(COHORT_SUMMARY_MS, "cohort summary: whole school, match year " + (year - 2),
                () -> service.cohortSummary(new DashboardQuery(year - 2, null, null)));
        time(ROUND_TRIP_MS, "dashboard(): advisor's caseload, current season",
                () -> service.dashboard(new DashboardQuery(year, null, me)));
        time(ROUND_TRIP_MS, "dashboard(): whole school, current season",
                () -> service.dashboard(new DashboardQuery(year, null, null)));
        time(ROUND_TRIP_MS, "dashboard(): advisor's caseload, one specialty, current season",
                () -> service.dashboard(new DashboardQuery(year, org.matchwise.applicant.Specialty.PEDIATRICS, me)));
        time(ROUND_TRIP_MS, "Step 2 board: first page (50), caseload",
                () -> service.step2Board(new DashboardQuery(year, null, me), 0, 50));
        time(ROUND_TRIP_MS, "Step 2 board: page 21 (50), caseload",
                () -> service.step2Board(new DashboardQuery(year, null, me), 1000, 50));
        time(ROUND_TRIP_MS, "list: count + first page (50), flag filter, current season", () -> {
            ListQuery q = new ListQuery(year, null, FlagCategory.LIMITED_USCE, null, null, null, null, null);
            service.count(q);
            service.list(q, ListSort.NAME, false, 0, 50);
        });
        time(ROUND_TRIP_MS, "list: count + page 21 (50) sorted by Step 2, all filters off", () -> {
            ListQuery q = new ListQuery(year, null, null, null, null, null, null, null);
            service.count(q);
            service.list(q, ListSort.STEP2, true, 1000, 50);
        });
        DashboardView view = navigate(DashboardView.class);
        view.progressAfterMs = 60_000; // time the whole refresh, never the progress bar's early return
        time(ROUND_TRIP_MS, "view: refresh (service call + components + 4 SVG charts + first board page)", () -> {
            view.refresh();
            view.step2Grid.getDataCommunicator().setViewportRange(0, 50);
            roundTrip();
        });
        targets.assertAll();
    }

    /**
     * The worklist (issue 14): the service call for the advisor's caseload and the whole school, and the whole view
     * refresh (service call, headline cards, up to 100 rows with their buttons) in one round trip.
     */
    @Test
    @WithUserDetails(ADVISOR)
    void worklist_service_call_and_view_refresh_times() {
        int year = service.currentMatchYear();
        long me = currentUser.require().id();
        var mine = worklists.worklist(new DashboardQuery(year, null, me));
        System.out.printf(Locale.ROOT, "[dashboard-bench] worklist, current season %d: %d applicants in the caseload,"
                + " %d items read (%s), %d shown%n", year, mine.headline().applicants(), mine.total(), mine.counts(),
                mine.items().size());
        time(ROUND_TRIP_MS, "worklist(): advisor's caseload, current season",
                () -> worklists.worklist(new DashboardQuery(year, null, me)));
        time(ROUND_TRIP_MS, "worklist(): whole school, current season",
                () -> worklists.worklist(new DashboardQuery(year, null, null)));
        time(ROUND_TRIP_MS, "worklist(): advisor's caseload, one specialty, current season",
                () -> worklists.worklist(new DashboardQuery(year, org.matchwise.applicant.Specialty.PEDIATRICS, me)));
        WorklistView view = navigate(WorklistView.class);
        time(ROUND_TRIP_MS, "view: worklist refresh (service call + headline + rows)", () -> {
            view.refresh();
            roundTrip();
        });
        targets.assertAll();
    }

    /**
     * Heap per signed-in UI session, as a server holds it: one Vaadin service, and per session a VaadinSession
     * (with its HTTP session and the signed-in principal) and a UI showing the view, whose grids have fetched
     * their first page as a browser would. {@link #SESSIONS} such sessions are opened and kept; the growth of the
     * used heap after full collections, divided by their number, is the figure.
     */
    @Test
    @WithUserDetails(ADVISOR)
    void memory_per_signed_in_session_with_the_dashboard_open() {
        navigate(DashboardView.class); // warms up everything shared (routes, bundles, caches, JIT)
        VaadinServletService vaadin = (VaadinServletService) VaadinService.getCurrent();
        int applicants = (int) ((DashboardView) UI.getCurrent().getCurrentView()).shown.headline().applicants();

        double dashboard = perSession(vaadin, ui -> {
            DashboardView view = ui.navigate(DashboardView.class).orElseThrow();
            view.step2Grid.getDataCommunicator().setViewportRange(0, 50);
        });
        System.out.printf(Locale.ROOT, "[dashboard-bench] memory: %d sessions with the dashboard open (%d applicants in"
                + " scope): %.0f KB per session%n", SESSIONS, applicants, dashboard / 1024);
        long svg = ((DashboardView) UI.getCurrent().getCurrentView()).content.getElement().getChildren()
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e), e.getChildren()))
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e), e.getChildren()))
                .map(e -> e.getProperty("innerHTML", "")).mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "[dashboard-bench] memory: the dashboard's charts keep %d characters of SVG%n", svg);
        double worklist = perSession(vaadin, ui -> ui.navigate(WorklistView.class));
        System.out.printf(Locale.ROOT, "[dashboard-bench] memory: %d sessions with the worklist open: %.0f KB per"
                + " session%n", SESSIONS, worklist / 1024);
        double list = perSession(vaadin, ui -> ui.navigate("applicants"));
        System.out.printf(Locale.ROOT, "[dashboard-bench] memory: %d sessions with the applicant list open: %.0f KB per"
                + " session%n", SESSIONS, list / 1024);
        double empty = perSession(vaadin, ui -> { });
        System.out.printf(Locale.ROOT, "[dashboard-bench] memory: %d sessions with a UI and no view: %.0f KB per"
                + " session%n", SESSIONS, empty / 1024);
        org.assertj.core.api.Assertions.assertThat(dashboard / 1024).as("KB per signed-in session with the dashboard open")
                .isLessThan(SESSION_KB);
    }

    private double perSession(VaadinServletService vaadin, Consumer<UI> open) {
        List<Object> keep = new ArrayList<>();
        VaadinSession first = VaadinSession.getCurrent();
        UI firstUi = UI.getCurrent();
        long before = usedHeapAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            SessionObjects objects = MockVaadin.createSessionObjects(vaadin);
            VaadinSession.setCurrent(objects.getSession());
            CurrentInstance.set(VaadinRequest.class, objects.getRequest());
            CurrentInstance.set(VaadinResponse.class, objects.getResponse());
            MockVaadin.createUI(MockedUI::new, objects.getSession());
            open.accept(UI.getCurrent());
            roundTrip();
            keep.add(objects);
            keep.add(UI.getCurrent());
        }
        long after = usedHeapAfterGc();
        for (Object o : keep) {
            if (o instanceof SessionObjects so) {
                so.getSession().getLockInstance().unlock();
            }
        }
        keep.clear();
        VaadinSession.setCurrent(first);
        UI.setCurrent(firstUi);
        return (after - before) / (double) SESSIONS;
    }

    /** Times {@code call} and prints its figures; a target above 0 is asserted on the median (softly). */
    private void time(double targetMs, String what, Runnable call) {
        for (int i = 0; i < WARMUP; i++) {
            call.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "[dashboard-bench] %s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)%n",
                what, ms[RUNS / 2], ms[(int) (RUNS * 0.9)], ms[RUNS - 1], RUNS);
        if (targetMs > 0) {
            targets.assertThat(ms[RUNS / 2]).as(what + ": median ms").isLessThan(targetMs);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
