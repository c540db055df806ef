package org.matchwise.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.matchwise.account.Role;
import org.matchwise.applicant.Specialty;
import org.matchwise.charts.Bar;
import org.matchwise.charts.Bars;
import org.matchwise.charts.Charts;
import org.matchwise.charts.Milestone;
import org.matchwise.charts.MilestoneKind;
import org.matchwise.charts.ThresholdBars;
import org.matchwise.charts.Timeline;
import org.matchwise.dashboard.DashboardService;
import org.matchwise.dashboard.VerificationQueue;
import org.matchwise.dashboard.DashboardViews.ActionLine;
import org.matchwise.dashboard.DashboardViews.AdvisorOption;
import org.matchwise.dashboard.DashboardViews.CategoryCount;
import org.matchwise.dashboard.DashboardViews.CoverageLine;
import org.matchwise.dashboard.DashboardViews.Dashboard;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.FilterOptions;
import org.matchwise.dashboard.DashboardViews.LetterLine;
import org.matchwise.dashboard.DashboardViews.Step2Line;
import org.matchwise.dashboard.DashboardViews.UsceLine;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Step2Status;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;

/**
 * Where advisors and admins land: one match year of a caseload (an advisor's own by default, or the whole
 * school) at a glance: headline figures, red flags by category (each opens the filtered applicant list), the
 * Step 2 CK timing board against the season's calendar, US clinical experience against the rule set's
 * threshold, the letters pipeline and remediation actions due. All figures come from one service call.
 * Every chart is server-rendered SVG with a text alternative and a table or list beside it.
 */
@Route("dashboard")
@RolesAllowed({"ADMIN", "ADVISOR"})
@Menu(title = "dashboard.menu", order = 1, icon = "vaadin:dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** Whose applicants a caseload screen shows, the dashboard's and the worklist's: the advisor's own or the school's. */
    public enum Scope { MINE, SCHOOL }

    static final int TIMELINE_TESTS = DashboardService.TIMELINE_TESTS;
    private static final int CHART_WIDTH = 560;
    /** A load that takes longer than this shows the progress bar until it is done. */
    static final long PROGRESS_AFTER_MS = 700;
    private static final int POLL_MS = 400;

    private final DashboardService service;
    private final DashboardLoader loader;
    private final MatchwiseUser me;
    private final FilterOptions options;

    final Select<Integer> year = new Select<>();
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    final ComboBox<AdvisorOption> advisor = new ComboBox<>();
    final ComboBox<Specialty> specialty = new ComboBox<>();
    final Paragraph scopeText = new Paragraph();
    final Div content = new Div();
    final ProgressBar progress = new ProgressBar();
    final Span progressLabel = new Span();
    final Div loadingState = new Div(progressLabel, progress);

    /** What is on screen now: the cohort summary and the short lists, never a row per applicant. */
    Dashboard shown;
    /** The latest load; a test waits for it. */
    CompletableFuture<Dashboard> loading = CompletableFuture.completedFuture(null);
    /** How long a refresh waits for its load before it shows the progress bar. */
    long progressAfterMs = PROGRESS_AFTER_MS;
    private int generation;
    final List<RouterLink> categoryLinks = new ArrayList<>();
    Grid<Step2Line> step2Grid;
    /** Entries applicants made that no advisor has verified yet, in the same scope. */
    final AwaitingVerification awaiting;

    DashboardView(DashboardService service, DashboardLoader loader, CurrentUser currentUser, VerificationQueue verification) {
        this.service = service;
        this.loader = loader;
        this.me = currentUser.require();
        this.options = service.filterOptions();
        addClassName("mw-dashboard");
        setWidthFull();

        year.setLabel(getTranslation("dashboard.filter.year"));
        year.setItems(options.matchYears());
        year.setItemLabelGenerator(y -> y == options.currentMatchYear()
                ? getTranslation("dashboard.filter.year.current", String.valueOf(y)) : String.valueOf(y));
        year.setValue(options.currentMatchYear());

        scope.setLabel(getTranslation("dashboard.filter.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("dashboard.filter.scope." + s.name().toLowerCase(Locale.ROOT)));
        scope.setValue(Scope.MINE);
        scope.setVisible(me.is(Role.ADVISOR));

        advisor.setLabel(getTranslation("dashboard.filter.advisor"));
        advisor.setItems(options.advisors());
        advisor.setItemLabelGenerator(AdvisorOption::name);
        advisor.setClearButtonVisible(true);
        advisor.setPlaceholder(getTranslation("dashboard.filter.advisor.any"));
        advisor.setVisible(!me.is(Role.ADVISOR));

        specialty.setLabel(getTranslation("dashboard.filter.specialty"));
        specialty.setItems(options.specialties());
        specialty.setItemLabelGenerator(s -> org.matchwise.base.i18n.Labels.title(this, s));
        specialty.setClearButtonVisible(true);
        specialty.setPlaceholder(getTranslation("dashboard.filter.specialty.any"));

        year.addValueChangeListener(e -> refresh());
        scope.addValueChangeListener(e -> {
            advisor.setVisible(e.getValue() == Scope.SCHOOL);
            if (e.getValue() == Scope.MINE) {
                advisor.clear();
            }
            refresh();
        });
        advisor.addValueChangeListener(e -> refresh());
        specialty.addValueChangeListener(e -> refresh());

        var filters = new FlexLayout(year, scope, advisor, specialty);
        filters.addClassName("mw-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("dashboard.filters"));

        content.addClassName("mw-dashboard-content");
        scopeText.addClassName("mw-scope");
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("dashboard.loading"));
        progressLabel.setText(getTranslation("dashboard.loading"));
        loadingState.addClassName("mw-loading");
        loadingState.getElement().setAttribute("role", "status");
        loadingState.setVisible(false);
        awaiting = new AwaitingVerification(verification);
        add(new H2(getTranslation("dashboard.title")), filters, scopeText, awaiting, loadingState, content);
        refresh();
    }

    /** The query the filters describe: an advisor's own caseload unless they chose the whole school. */
    DashboardQuery query() {
        Long advisorId = me.is(Role.ADVISOR) && scope.getValue() != Scope.SCHOOL ? Long.valueOf(me.id())
                : advisor.getValue() == null ? null : advisor.getValue().id();
        int y = year.getValue() == null ? options.currentMatchYear() : year.getValue();
        return new DashboardQuery(y, specialty.getValue(), advisorId);
    }

    /**
     * Loads the figures for the filters off the request thread. A load done within {@link #PROGRESS_AFTER_MS}
     * is shown at once; a slower one shows an indeterminate progress bar and is shown when it is done (the UI
     * polls meanwhile). A load that a newer refresh overtook is dropped.
     */
    void refresh() {
        DashboardQuery query = query();
        int mine = ++generation;
        UI ui = UI.getCurrent();
        CompletableFuture<Dashboard> load = loader.run(() -> service.dashboard(query));
        loading = load;
        if (progressAfterMs > 0) {
            try {
                show(query, load.get(progressAfterMs, TimeUnit.MILLISECONDS));
                return;
            } catch (TimeoutException slow) {
                // below: the progress bar until the load is done
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        loadingState.setVisible(true);
        ui.setPollInterval(POLL_MS);
        // the stage after the hand-over to UI.access, so whoever waits for it finds the UI work queued
        loading = load.whenComplete((dashboard, failure) -> ui.access(() -> {
            if (mine != generation) {
                return;
            }
            ui.setPollInterval(-1);
            loadingState.setVisible(false);
            if (failure != null) {
                content.removeAll();
                var error = new Paragraph(getTranslation("dashboard.loadFailed"));
                error.addClassName("mw-warning");
                content.add(error);
                return;
            }
            show(query, dashboard);
        }));
    }

    private void show(DashboardQuery query, Dashboard dashboard) {
        loadingState.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(-1)); // an overtaken slow load may have started the polling
        shown = dashboard;
        categoryLinks.clear();
        content.removeAll();
        scopeText.setText(scopeDescription(query));
        awaiting.show(query);
        if (shown.headline().applicants() == 0) {
            var empty = new Paragraph(getTranslation("dashboard.empty"));
            empty.addClassName("mw-empty");
            content.add(empty);
            return;
        }
        content.add(headline(), flags(), step2(), usce(), letters(), actions());
    }

    private String scopeDescription(DashboardQuery query) {
        String y = String.valueOf(query.matchYear());
        if (query.advisorId() == null) {
            return getTranslation("dashboard.scope.school", y);
        }
        if (query.advisorId() == me.id()) {
            return getTranslation("dashboard.scope.mine", y);
        }
        String name = options.advisors().stream().filter(a -> a.id() == query.advisorId()).map(AdvisorOption::name)
                .findFirst().orElse("");
        return getTranslation("dashboard.scope.advisor", y, name);
    }

    // ---- sections ----

    private Component headline() {
        var cards = new HeadlineCards();
        cards.show(shown.headline(), shown.query());
        return section("dashboard.headline", "mw-wide", cards);
    }

    private Component flags() {
        List<CategoryCount> counts = shown.flagsByCategory();
        if (counts.isEmpty()) {
            return section("dashboard.flags.title", "mw-wide", new Paragraph(getTranslation("dashboard.flags.none")));
        }
        List<Bar> bars = counts.stream().map(c -> new Bar(category(c.category()), c.applicants())).toList();
        String title = getTranslation("dashboard.flags.chart.title");
        String svg = Charts.flagsByCategory(new Bars(title, getTranslation("dashboard.flags.chart.description",
                describe(bars)), "", "", bars), CHART_WIDTH, Math.max(160, 40 + 24 * bars.size()));
        var list = new UnorderedList();
        list.addClassName("mw-category-list");
        list.getElement().setAttribute("aria-label", getTranslation("dashboard.flags.listLabel"));
        for (CategoryCount c : counts) {
            var link = new RouterLink();
            link.setText(getTranslation("dashboard.flags.item", category(c.category()), c.applicants()));
            link.setRoute(ApplicantListView.class);
            link.setQueryParameters(listState().withCategory(c.category()).toParameters());
            link.getElement().setAttribute("data-category", c.category().name());
            categoryLinks.add(link);
            list.add(new ListItem(link));
        }
        return section("dashboard.flags.title", "mw-wide", chart(svg), list);
    }

    private Component step2() {
        var season = shown.season();
        var calendar = new Paragraph(getTranslation("dashboard.step2.calendar", date(season.erasOpens()),
                date(season.programsOpen()), season.scoreLagDays()));
        List<Milestone> milestones = new ArrayList<>();
        milestones.add(new Milestone(season.erasOpens(), getTranslation("dashboard.step2.erasOpens"),
                MilestoneKind.ERAS_OPENS));
        milestones.add(new Milestone(season.programsOpen(), getTranslation("dashboard.step2.programsOpen"),
                MilestoneKind.PROGRAMS_OPEN));
        List<Step2Line> scheduled = shown.scheduledTests();
        long scheduledCount = shown.step2Counts().get(Step2Status.ON_TRACK) + shown.step2Counts().get(Step2Status.LATE);
        scheduled.stream().limit(TIMELINE_TESTS).forEach(l -> milestones.add(new Milestone(l.testDate(),
                l.name() + " (" + org.matchwise.base.i18n.Labels.title(this, l.status()) + ")",
                MilestoneKind.EXAM_SCHEDULED)));
        Map<MilestoneKind, String> kinds = new EnumMap<>(MilestoneKind.class);
        for (MilestoneKind k : MilestoneKind.values()) {
            kinds.put(k, getTranslation("dashboard.step2.kind." + k.name()));
        }
        String description = milestones.stream().map(m -> m.label() + " " + date(m.date()))
                .collect(Collectors.joining("; "));
        String svg = Charts.step2Timeline(new Timeline(getTranslation("dashboard.step2.chart.title"),
                getTranslation("dashboard.step2.chart.description", description), milestones, kinds, getLocale()),
                CHART_WIDTH, 220);

        var counts = new UnorderedList();
        counts.addClassName("mw-badges");
        counts.getElement().setAttribute("aria-label", getTranslation("dashboard.step2.countsLabel"));
        for (Step2Status s : List.of(Step2Status.FAILED_NOT_PASSED, Step2Status.NOT_SCHEDULED, Step2Status.LATE,
                Step2Status.ON_TRACK, Step2Status.PASSED)) {
            var link = new RouterLink();
            link.setText(getTranslation("dashboard.step2.count", org.matchwise.base.i18n.Labels.title(this, s),
                    shown.step2Counts().get(s)));
            link.setRoute(ApplicantListView.class);
            link.setQueryParameters(listState().withStep2(s).toParameters());
            var item = new ListItem(link);
            item.addClassName("mw-badge");
            item.addClassName("mw-step2-" + s.name().toLowerCase(Locale.ROOT));
            counts.add(item);
        }

        step2Grid = new Grid<>();
        step2Grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        step2Grid.setAriaLabel(getTranslation("dashboard.step2.grid"));
        step2Grid.addColumn(Step2Line::name).setHeader(getTranslation("dashboard.step2.col.name")).setFlexGrow(2);
        step2Grid.addColumn(l -> org.matchwise.base.i18n.Labels.title(this, l.status()))
                .setHeader(getTranslation("dashboard.step2.col.status")).setFlexGrow(1);
        step2Grid.addColumn(l -> date(l.testDate())).setHeader(getTranslation("dashboard.step2.col.test"));
        step2Grid.addColumn(l -> date(l.scoreBy())).setHeader(getTranslation("dashboard.step2.col.score"));
        // lazy: the grid asks the service for the rows it shows, a page at a time, never the whole board
        DashboardQuery boardQuery = shown.query();
        int boardSize = (int) shown.headline().applicants();
        step2Grid.setItems(q -> service.step2Board(boardQuery, q.getOffset(), q.getLimit()).stream(), q -> boardSize);
        step2Grid.setHeight("18rem");
        step2Grid.addItemClickListener(e -> openCase(e.getItem().applicantId()));

        List<Component> parts = new ArrayList<>(List.of(calendar, chart(svg)));
        if (scheduledCount > TIMELINE_TESTS) {
            parts.add(new Paragraph(getTranslation("dashboard.step2.chart.more", TIMELINE_TESTS)));
        }
        parts.add(counts);
        parts.add(step2Grid);
        return section("dashboard.step2.title", "mw-wide", parts.toArray(Component[]::new));
    }

    private Component usce() {
        var usce = shown.usce();
        String threshold = number(usce.thresholdMonths());
        var summary = new Paragraph(getTranslation("dashboard.usce.summary", usce.belowThreshold(),
                shown.headline().applicants(), threshold));
        List<UsceLine> lowest = usce.applicants();
        List<Bar> bars = lowest.stream().map(l -> new Bar(l.name(), Math.round(l.handsOnMonths() * 10) / 10.0)).toList();
        String svg = Charts.usceMonths(new ThresholdBars(new Bars(getTranslation("dashboard.usce.chart.title"),
                getTranslation("dashboard.usce.chart.description", bars.size(), threshold, describe(bars)), "",
                getTranslation("dashboard.usce.axis"), bars), usce.thresholdMonths(),
                getTranslation("dashboard.usce.threshold", threshold)), CHART_WIDTH, 300);

        Grid<CoverageLine> coverage = new Grid<>();
        coverage.addThemeVariants(GridVariant.LUMO_COMPACT);
        coverage.setAriaLabel(getTranslation("dashboard.usce.coverage"));
        coverage.addColumn(c -> org.matchwise.base.i18n.Labels.title(this, c.specialty()))
                .setHeader(getTranslation("dashboard.usce.col.specialty")).setFlexGrow(2);
        coverage.addColumn(CoverageLine::applicants).setHeader(getTranslation("dashboard.usce.col.applicants"))
                .setTextAlign(ColumnTextAlign.END);
        coverage.addColumn(CoverageLine::covered).setHeader(getTranslation("dashboard.usce.col.covered"))
                .setTextAlign(ColumnTextAlign.END);
        coverage.setItems(usce.coverage());
        coverage.setAllRowsVisible(true);
        var caption = new H3(getTranslation("dashboard.usce.coverage"));
        caption.addClassName("mw-subheading");
        return section("dashboard.usce.title", null, summary, chart(svg), caption, coverage);
    }

    private Component letters() {
        List<Bar> bars = shown.letters().stream()
                .map(l -> new Bar(org.matchwise.base.i18n.Labels.title(this, l.status()), l.letters()))
                .toList();
        String svg = Charts.lettersPipeline(new Bars(getTranslation("dashboard.letters.chart.title"),
                getTranslation("dashboard.letters.chart.description", describe(bars)), "", "", bars), CHART_WIDTH, 240);
        var overdue = new Paragraph(getTranslation("dashboard.letters.overdue", shown.lettersOverdue()));
        if (shown.lettersOverdue() > 0) {
            overdue.addClassName("mw-warning");
        }
        Grid<LetterLine> table = new Grid<>();
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAriaLabel(getTranslation("dashboard.letters.chart.title"));
        table.addColumn(l -> org.matchwise.base.i18n.Labels.title(this, l.status()))
                .setHeader(getTranslation("dashboard.letters.col.status")).setFlexGrow(2);
        table.addColumn(LetterLine::letters).setHeader(getTranslation("dashboard.letters.col.count"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(LetterLine::overdue).setHeader(getTranslation("dashboard.letters.col.overdue"))
                .setTextAlign(ColumnTextAlign.END);
        table.setItems(shown.letters());
        table.setAllRowsVisible(true);
        return section("dashboard.letters.title", null, overdue, chart(svg), table);
    }

    private Component actions() {
        var actions = shown.actions();
        if (actions.lines().isEmpty()) {
            return section("dashboard.actions.title", null,
                    new Paragraph(getTranslation("dashboard.actions.none", actions.horizonDays())));
        }
        var summary = new Paragraph(getTranslation("dashboard.actions.summary", actions.overdue(), actions.upcoming(),
                actions.horizonDays()));
        Grid<ActionLine> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("dashboard.actions.grid"));
        grid.addColumn(a -> date(a.dueDate()) + (a.overdue() ? " · " + getTranslation("dashboard.actions.overdue") : ""))
                .setHeader(getTranslation("dashboard.actions.col.due")).setAutoWidth(true);
        grid.addColumn(ActionLine::applicantName).setHeader(getTranslation("dashboard.actions.col.applicant"))
                .setAutoWidth(true);
        grid.addColumn(ActionLine::title).setHeader(getTranslation("dashboard.actions.col.action")).setFlexGrow(2);
        grid.addColumn(a -> category(a.category())).setHeader(getTranslation("dashboard.actions.col.category"))
                .setAutoWidth(true);
        grid.addColumn(a -> org.matchwise.base.i18n.Labels.title(this, a.owner()))
                .setHeader(getTranslation("dashboard.actions.col.owner")).setAutoWidth(true);
        grid.setPartNameGenerator(a -> a.overdue() ? "mw-overdue" : null);
        grid.setItems(actions.lines());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> openCase(e.getItem().applicantId()));
        return section("dashboard.actions.title", "mw-wide", summary, grid);
    }

    // ---- helpers ----

    private Section section(String titleKey, String extraClass, Component... children) {
        var heading = new H3(getTranslation(titleKey));
        var section = new Section(heading);
        section.add(children);
        section.addClassName("mw-panel");
        if (extraClass != null) {
            section.addClassName(extraClass);
        }
        return section;
    }

    /**
     * The chart's SVG as the content of a div. Set as the element's innerHTML directly: {@code Html} would parse
     * and re-serialise the whole SVG (about 180,000 characters for the four charts) on every refresh.
     */
    private static Component chart(String svg) {
        var chart = new Div();
        chart.addClassName("mw-chart");
        chart.getElement().setProperty("innerHTML", svg);
        return chart;
    }

    /** The list with the dashboard's year, advisor and specialty. */
    ListState listState() {
        return ListState.of(shown.query());
    }

    private void openCase(long applicantId) {
        UI.getCurrent().navigate(ApplicantListView.caseUrl(applicantId));
    }

    private String category(FlagCategory c) {
        return org.matchwise.base.i18n.Labels.title(this, c);
    }

    private String describe(List<Bar> bars) {
        return bars.stream().map(b -> b.label() + ": " + number(b.value())).collect(Collectors.joining("; "));
    }

    private String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(getLocale(), "%.1f", v);
    }

    private String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
