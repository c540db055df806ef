package org.matchwise.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.Specialty;
import org.matchwise.shell.ui.HomeView;
import org.matchwise.dashboard.Caseload;
import org.matchwise.dashboard.DashboardService;
import org.matchwise.dashboard.DashboardViews.CategoryCount;
import org.matchwise.dashboard.DashboardViews.CohortSummary;
import org.matchwise.dashboard.DashboardViews.CoverageLine;
import org.matchwise.dashboard.DashboardViews.Dashboard;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.LetterLine;
import org.matchwise.dashboard.DashboardViews.Step2Line;
import org.matchwise.dashboard.DashboardViews.UsceLine;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Figures;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.readiness.Verdict;
import org.matchwise.ruleset.RuleSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
@org.junit.jupiter.api.extension.ExtendWith(org.matchwise.dashboard.SameSecurityStrategy.class)
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicantService applicants;
    @Autowired
    RemediationPlanRepository plans;
    @Autowired
    DashboardService dashboards;

    private Caseload caseload(int year) {
        return Caseload.store(applicants, plans, year, "advisor@demo.example", LocalDate.now());
    }

    private DashboardView dashboardFor(int year) {
        DashboardView view = loaded(navigate(DashboardView.class));
        view.year.setValue(year);
        return loaded(view);
    }

    /** Waits for the view's latest load and runs what it handed to UI.access (browserless tests hold the lock). */
    static DashboardView loaded(DashboardView view) {
        view.loading.join();
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        return view;
    }

    /** Every row of the Step 2 CK board as the view's lazy grid reads it from the service. */
    private static List<Step2Line> board(DashboardView view) {
        return view.step2Grid.getGenericDataView().getItems().toList();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_who_opens_the_dashboard_sees_the_current_season() {
        UI.getCurrent().navigate("dashboard");

        assertThat($(HomeView.class).exists()).isFalse();
        DashboardView view = loaded($(DashboardView.class).single());
        LocalDate today = LocalDate.now();
        int expected = today.isBefore(LocalDate.of(today.getYear(), 6, 1)) ? today.getYear() : today.getYear() + 1;
        assertThat(view.year.getValue()).isEqualTo(expected);
        assertThat(view.shown.query().advisorId()).as("an advisor starts on their own caseload").isNotNull();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_figures_match_the_records_stored_through_the_services() {
        Caseload c = caseload(2041);
        DashboardView view = dashboardFor(2041);
        view.scope.setValue(DashboardView.Scope.SCHOOL);
        Dashboard d = loaded(view).shown;
        List<Step2Line> board = board(view);

        // expectations read back one applicant at a time through the applicant service
        Map<FlagCategory, Long> byCategory = new EnumMap<>(FlagCategory.class);
        long openHigh = 0;
        long notReady = 0;
        Map<Long, Step2Status> step2 = new HashMap<>();
        for (Caseload.Stored a : c.applicants) {
            var overview = applicants.overview(a.id());
            List<FlagView> active = overview.activeFlags().stream().filter(f -> f.state() != FlagStatus.CLOSED).toList();
            active.stream().map(FlagView::category).distinct().forEach(cat -> byCategory.merge(cat, 1L, Long::sum));
            if (active.stream().anyMatch(f -> f.state() == FlagStatus.OPEN && f.severity() == Severity.HIGH)) {
                openHigh++;
            }
            if (overview.verdict() == Verdict.NOT_READY) {
                notReady++;
            }
            step2.put(a.id(), applicants.assessment(a.id()).step2Timing().status());
        }

        assertThat(d.headline().applicants()).isEqualTo(7);
        assertThat(d.headline().withOpenHighFlag()).isEqualTo(openHigh).isPositive();
        assertThat(d.headline().notReady()).isEqualTo(notReady);
        assertThat(d.headline().reapplicants()).isEqualTo(1);
        assertThat(d.flagsByCategory().stream().collect(Collectors.toMap(CategoryCount::category,
                CategoryCount::applicants))).isEqualTo(byCategory);

        // Step 2 CK board: the aggregate query agrees with the domain's Step2Timing for every applicant
        assertThat(board.stream().collect(Collectors.toMap(Step2Line::applicantId, Step2Line::status)))
                .isEqualTo(step2);
        c.applicants.forEach(a -> assertThat(step2.get(a.id())).as(a.name()).isEqualTo(a.step2()));
        assertThat(d.step2Counts()).containsEntry(Step2Status.PASSED, 2L).containsEntry(Step2Status.ON_TRACK, 2L)
                .containsEntry(Step2Status.LATE, 1L).containsEntry(Step2Status.FAILED_NOT_PASSED, 1L)
                .containsEntry(Step2Status.NOT_SCHEDULED, 1L);
        Step2Line ben = board.stream().filter(l -> l.name().startsWith("Ben ")).findFirst().orElseThrow();
        assertThat(ben.scoreBy()).isEqualTo(LocalDate.of(2040, 7, 1).plusDays(28));

        // USCE: months as the domain computes them, against the rule set's threshold
        RuleSet rules = RuleSet.defaults(2041);
        assertThat(d.usce().thresholdMonths()).isEqualTo(rules.thresholds().usceHandsOnMonths());
        for (Caseload.Stored a : c.applicants) {
            var profile = applicants.get(a.id()).profile();
            UsceLine line = d.usce().applicants().stream().filter(l -> l.applicantId() == a.id()).findFirst().orElseThrow();
            assertThat(line.handsOnMonths()).as(a.name())
                    .isCloseTo(Figures.handsOnUsMonths(profile, rules, LocalDate.now()), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(line.primaryCovered()).as(a.name())
                    .isEqualTo(Figures.coverage(profile, rules, a.primary()).missing().isEmpty());
        }
        assertThat(d.usce().belowThreshold()).isEqualTo(5); // Ada and Eve have 4 months

        // letters: per status, and the one REQUESTED letter past its due date
        assertThat(d.letters().stream().collect(Collectors.toMap(LetterLine::status, LetterLine::letters)))
                .containsEntry(LetterStatus.IDENTIFIED, 1L).containsEntry(LetterStatus.REQUESTED, 1L)
                .containsEntry(LetterStatus.PROMISED, 1L).containsEntry(LetterStatus.RECEIVED, 1L)
                .containsEntry(LetterStatus.UPLOADED, 1L);
        assertThat(d.lettersOverdue()).isEqualTo(1);

        // remediation: one overdue, one due within the horizon; the done and the far ones are not listed
        assertThat(d.actions().overdue()).isEqualTo(1);
        assertThat(d.actions().upcoming()).isEqualTo(1);
        assertThat(d.actions().lines()).extracting(a -> a.title()).containsExactly(
                "Complete the formal remediation", "Root-cause analysis of the Step 2 CK failure");
        assertThat(d.actions().lines().getFirst().overdue()).isTrue();

        // the headline shows the same numbers
        assertThat($(Span.class).withClassName("mw-card-value").all()).extracting(Span::getText)
                .containsExactly("7", String.valueOf(openHigh), String.valueOf(notReady), "1");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_cohort_summary_holds_every_count_the_dashboard_shows() {
        caseload(2046);
        DashboardQuery school = new DashboardQuery(2046, null, null);

        CohortSummary summary = dashboards.cohortSummary(school);

        assertThat(dashboards.dashboard(school).summary()).isEqualTo(summary);
        assertThat(summary.headline().applicants()).isEqualTo(7);
        assertThat(summary.headline().reapplicants()).isEqualTo(1);
        assertThat(summary.step2Counts()).containsEntry(Step2Status.PASSED, 2L).containsEntry(Step2Status.ON_TRACK, 2L)
                .containsEntry(Step2Status.LATE, 1L).containsEntry(Step2Status.FAILED_NOT_PASSED, 1L)
                .containsEntry(Step2Status.NOT_SCHEDULED, 1L);
        assertThat(summary.usceBelowThreshold()).isEqualTo(5);
        assertThat(summary.uscePrimaryCovered()).extracting(CoverageLine::specialty, CoverageLine::applicants,
                CoverageLine::covered).containsExactly(
                tuple(Specialty.INTERNAL_MEDICINE, 3L, 2L), tuple(Specialty.PEDIATRICS, 1L, 1L),
                tuple(Specialty.MED_PEDS, 1L, 1L), tuple(Specialty.FAMILY_MEDICINE, 1L, 0L),
                tuple(Specialty.PSYCHIATRY, 1L, 0L));
        assertThat(summary.lettersOverdue()).isEqualTo(1);
        assertThat(summary.actionsOverdue()).isEqualTo(1);
        assertThat(summary.actionsUpcoming()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_step2_board_lists_risky_statuses_first_and_is_read_page_by_page() {
        caseload(2047);
        DashboardQuery school = new DashboardQuery(2047, null, null);

        List<Step2Line> all = dashboards.step2Board(school, 0, 50);

        assertThat(all).extracting(Step2Line::name).containsExactly("Dee Failsworth", "Eve Nodate", "Cy Latimer",
                "Gus Unassigned", "Ben Ontrack", "Fay Osteo", "Ada Passfield");
        List<Step2Line> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            paged.addAll(dashboards.step2Board(school, offset, 3));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(dashboards.dashboard(school).scheduledTests()).as("the timeline: scheduled tests, earliest first")
                .extracting(Step2Line::name).containsExactly("Gus Unassigned", "Ben Ontrack", "Cy Latimer");

        DashboardView view = dashboardFor(2047);
        view.scope.setValue(DashboardView.Scope.SCHOOL);
        loaded(view);
        assertThat(view.step2Grid.getDataProvider().isInMemory()).as("the board's grid reads rows lazily").isFalse();
        assertThat(board(view)).isEqualTo(all);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_load_slower_than_the_progress_threshold_shows_a_progress_bar_until_the_figures_arrive() {
        caseload(2048);
        DashboardView view = dashboardFor(2048);
        assertThat(view.loadingState.isVisible()).isFalse();
        view.progressAfterMs = 0; // every load counts as slow

        view.scope.setValue(DashboardView.Scope.SCHOOL);

        assertThat(view.loadingState.isVisible()).isTrue();
        assertThat(view.progress.isIndeterminate()).isTrue();
        assertThat(view.progressLabel.getText()).isEqualTo("Loading the dashboard figures…");
        assertThat(UI.getCurrent().getPollInterval()).as("the browser polls for the result").isPositive();
        assertThat(view.shown.headline().applicants()).as("still the figures of the caseload").isEqualTo(6);

        loaded(view);

        assertThat(view.loadingState.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        assertThat(view.shown.headline().applicants()).isEqualTo(7);
        assertThat(view.scopeText.getText()).contains("whole school");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_sees_their_own_caseload_until_they_switch_to_the_whole_school() {
        caseload(2043);
        DashboardView view = dashboardFor(2043);

        assertThat(view.shown.headline().applicants()).as("Gus is assigned to nobody").isEqualTo(6);
        assertThat(view.scopeText.getText()).contains("Your caseload");

        view.scope.setValue(DashboardView.Scope.SCHOOL);
        loaded(view);

        assertThat(view.shown.headline().applicants()).isEqualTo(7);
        assertThat(view.scopeText.getText()).contains("whole school");
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_sees_the_school_and_can_narrow_it_by_specialty() {
        caseload(2044);
        DashboardView view = dashboardFor(2044);

        assertThat(view.scope.isVisible()).isFalse();
        assertThat(view.shown.query().advisorId()).isNull();
        assertThat(view.shown.headline().applicants()).isEqualTo(7);

        view.specialty.setValue(Specialty.PEDIATRICS);
        loaded(view);

        assertThat(board(view)).extracting(Step2Line::name).containsExactly("Cy Latimer");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_flag_category_links_to_the_list_filtered_by_that_category() {
        Caseload c = caseload(2045);
        DashboardView view = dashboardFor(2045);

        RouterLink professionalism = view.categoryLinks.stream()
                .filter(l -> "PROFESSIONALISM".equals(l.getElement().getAttribute("data-category")))
                .findFirst().orElseThrow();
        assertThat(professionalism.getText()).isEqualTo("Professionalism concern: 1 applicants");
        assertThat(professionalism.getHref()).startsWith("applicants?").contains("category=PROFESSIONALISM")
                .contains("year=2045");

        String href = professionalism.getHref();
        int q = href.indexOf('?');
        UI.getCurrent().navigate(href.substring(0, q), com.vaadin.flow.router.QueryParameters.fromString(href.substring(q + 1)));
        ApplicantListView list = $(ApplicantListView.class).single();

        assertThat(list.category.getValue()).isEqualTo(FlagCategory.PROFESSIONALISM);
        assertThat(list.grid.getGenericDataView().getItems().map(r -> r.id()).toList())
                .containsExactly(c.named("Dee").id());
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_view_without_applicants_says_what_to_do() {
        DashboardView view = loaded(navigate(DashboardView.class));
        view.specialty.setValue(Specialty.OTHER);
        loaded(view);

        assertThat(view.shown.headline().applicants()).isZero();
        assertThat(view.content.getChildren().toList()).hasSize(1);
        assertThat(view.content.getChildren().findFirst().orElseThrow().getElement().getText())
                .contains("Choose another match year");
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_does_not_get_the_dashboard() {
        UI.getCurrent().navigate("dashboard");

        assertThat($(DashboardView.class).exists()).isFalse();
        assertThatThrownBy(() -> dashboards.dashboard(new DashboardQuery(2027, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
