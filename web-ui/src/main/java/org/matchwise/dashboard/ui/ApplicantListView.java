package org.matchwise.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.matchwise.applicant.Specialty;
import org.matchwise.dashboard.DashboardService;
import org.matchwise.dashboard.DashboardViews.AdvisorOption;
import org.matchwise.dashboard.DashboardViews.FilterOptions;
import org.matchwise.dashboard.DashboardViews.ListRow;
import org.matchwise.dashboard.ListSort;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.Verdict;

/**
 * The school's applicants as a lazily loaded grid (one page per request from the dashboard service), searched by
 * name or email, filtered by flag, verdict, Step 2 CK timing, advisor, specialty and match year. The filters and
 * the sort live in the URL ({@link ListState}), so a filtered list can be bookmarked and shared. A row opens the
 * applicant's case page at {@code applicants/{id}}.
 */
@Route("applicants")
@RolesAllowed({"ADMIN", "ADVISOR"})
@Menu(title = "dashboard.list.menu", order = 2, icon = "vaadin:users")
public class ApplicantListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "applicants";

    private final DashboardService service;
    private final FilterOptions options;

    final TextField search = new TextField();
    final Select<Integer> year = new Select<>();
    final ComboBox<FlagCategory> category = new ComboBox<>();
    final Select<Severity> severity = new Select<>();
    final Select<Verdict> verdict = new Select<>();
    final Select<Step2Status> step2 = new Select<>();
    final ComboBox<AdvisorOption> advisor = new ComboBox<>();
    final ComboBox<Specialty> specialty = new ComboBox<>();
    /** Only the applicants a headline figure counts: with an open HIGH flag, or re-applicants. */
    final Select<org.matchwise.dashboard.DashboardViews.Marker> marker = new Select<>();
    final Button clear = new Button();
    final Span count = new Span();
    final Grid<ListRow> grid = new Grid<>();

    private ListState state = ListState.empty();
    private boolean applying;

    ApplicantListView(DashboardService service) {
        this.service = service;
        this.options = service.filterOptions();
        addClassName("mw-list");
        setSizeFull();

        search.setLabel(getTranslation("dashboard.list.search"));
        search.setPlaceholder(getTranslation("dashboard.list.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> change(state.withText(e.getValue())));

        year.setLabel(getTranslation("dashboard.filter.year"));
        year.setItems(options.matchYears());
        year.setItemLabelGenerator(y -> y == options.currentMatchYear()
                ? getTranslation("dashboard.filter.year.current", String.valueOf(y)) : String.valueOf(y));
        year.addValueChangeListener(e -> change(state.withYear(e.getValue())));

        category.setLabel(getTranslation("dashboard.list.filter.category"));
        category.setItems(FlagCategory.values());
        category.setItemLabelGenerator(c -> org.matchwise.base.i18n.Labels.title(this, c));
        category.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("dashboard.list.filter.any"));
        category.addValueChangeListener(e -> change(state.withCategory(e.getValue())));

        optional(severity, "dashboard.list.filter.severity", Severity.values());
        severity.addValueChangeListener(e -> change(state.withSeverity(e.getValue())));
        optional(verdict, "dashboard.list.filter.verdict", Verdict.values());
        verdict.addValueChangeListener(e -> change(state.withVerdict(e.getValue())));
        optional(step2, "dashboard.list.filter.step2", Step2Status.values());
        step2.addValueChangeListener(e -> change(state.withStep2(e.getValue())));
        optional(marker, "dashboard.list.filter.marker", org.matchwise.dashboard.DashboardViews.Marker.values());
        marker.addValueChangeListener(e -> change(state.withMarker(e.getValue())));

        advisor.setLabel(getTranslation("dashboard.filter.advisor"));
        advisor.setItems(options.advisors());
        advisor.setItemLabelGenerator(AdvisorOption::name);
        advisor.setClearButtonVisible(true);
        advisor.setPlaceholder(getTranslation("dashboard.filter.advisor.any"));
        advisor.addValueChangeListener(e -> change(state.withAdvisor(e.getValue() == null ? null : e.getValue().id())));

        specialty.setLabel(getTranslation("dashboard.filter.specialty"));
        specialty.setItems(options.specialties());
        specialty.setItemLabelGenerator(s -> org.matchwise.base.i18n.Labels.title(this, s));
        specialty.setClearButtonVisible(true);
        specialty.setPlaceholder(getTranslation("dashboard.filter.specialty.any"));
        specialty.addValueChangeListener(e -> change(state.withSpecialty(e.getValue())));

        clear.setText(getTranslation("dashboard.list.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> change(new ListState(state.year(), null, null, null, null, null, null, null,
                state.sort(), state.descending(), null)));

        var filters = new FlexLayout(search, year, category, severity, verdict, step2, marker, advisor, specialty, clear);
        filters.addClassName("mw-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getElement().setAttribute("role", "search");

        configureGrid();
        count.addClassName("mw-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("dashboard.list.title")), filters, count, grid);
        setFlexGrow(1, grid);
    }

    private <T extends Enum<T>> void optional(Select<T> select, String label, T[] values) {
        select.setLabel(getTranslation(label));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("dashboard.list.filter.any"));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? getTranslation("dashboard.list.filter.any")
                : org.matchwise.base.i18n.Labels.title(this, v));
    }

    private void configureGrid() {
        // Fits beside the navigation at 1280 px (the grid gets about 960 px) without scrolling sideways: each column
        // starts at a width its usual values need (in rem: the header's smaller font would make em narrower there
        // than in the rows) and shares what is left by its flex grow, the name and the email most; compact cells
        // keep a usual row on one line, and a longer value wraps (an email before its @ first) instead of widening
        // its column. Auto width sized every column to its longest value: together more than the grid has.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("dashboard.list.grid"));
        grid.setMultiSort(false);
        // a template rendered in the browser: no server-side component per row (a ComponentRenderer kept an
        // Anchor for every row the grid had fetched in the session's memory)
        grid.addColumn(LitRenderer.<ListRow>of("<a class=\"mw-case-link\" href=\"${item.url}\">${item.name}</a>")
                .withProperty("url", row -> caseUrl(row.id())).withProperty("name", ListRow::name)).setHeader(getTranslation("dashboard.list.col.name")).setKey(ListSort.NAME.name())
                .setSortProperty(ListSort.NAME.name()).setWidth("10rem").setFlexGrow(3);
        grid.addColumn(LitRenderer.<ListRow>of("${item.local}<wbr>${item.domain}")
                        .withProperty("local", row -> emailLocal(row.email()))
                        .withProperty("domain", row -> emailDomain(row.email())))
                .setHeader(getTranslation("dashboard.list.col.email")).setKey(ListSort.EMAIL.name())
                .setSortProperty(ListSort.EMAIL.name()).setWidth("15rem").setFlexGrow(4)
                .setPartNameGenerator(row -> "mw-email");
        grid.addColumn(r -> r.primarySpecialty() == null ? getTranslation("dashboard.specialty.none")
                : org.matchwise.base.i18n.Labels.title(this, r.primarySpecialty()))
                .setHeader(getTranslation("dashboard.list.col.specialty")).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(r -> r.verdict() == null ? getTranslation("dashboard.verdict.none")
                : org.matchwise.base.i18n.Labels.title(this, r.verdict()))
                .setHeader(getTranslation("dashboard.list.col.verdict")).setKey(ListSort.VERDICT.name())
                .setSortProperty(ListSort.VERDICT.name()).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(r -> org.matchwise.base.i18n.Labels.title(this, r.step2Status()))
                .setHeader(getTranslation("dashboard.list.col.step2")).setKey(ListSort.STEP2.name())
                .setSortProperty(ListSort.STEP2.name()).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ListRow::activeFlags).setHeader(getTranslation("dashboard.list.col.flags"))
                .setKey(ListSort.FLAGS.name()).setSortProperty(ListSort.FLAGS.name())
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(caseUrl(e.getItem().id())));
        grid.addSortListener(e -> {
            if (applying) {
                return;
            }
            List<GridSortOrder<ListRow>> orders = e.getSortOrder();
            if (orders.isEmpty()) {
                change(state.withSort(null, false));
            } else {
                GridSortOrder<ListRow> first = orders.getFirst();
                change(state.withSort(ListSort.valueOf(first.getSorted().getKey()),
                        first.getDirection() == SortDirection.DESCENDING));
            }
        });
    }

    /** An email's part before the @ (all of it when it has none): the list may break the address there. */
    static String emailLocal(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return email == null ? "" : at < 0 ? email : email.substring(0, at);
    }

    /** An email's part from the @ on ("" when it has none). */
    static String emailDomain(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at);
    }

    public static String caseUrl(long applicantId) {
        return ROUTE + "/" + applicantId;
    }

    /** A filter changed: the URL follows (bookmarkable, back button), and the grid reloads. */
    private void change(ListState next) {
        if (applying || Objects.equals(next, state)) {
            return;
        }
        state = next;
        UI.getCurrent().navigate(ROUTE, state.toParameters());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListState parsed = ListState.parse(event.getLocation().getQueryParameters());
        if (parsed.year() == null) {
            parsed = parsed.withYear(options.currentMatchYear());
        }
        state = parsed;
        applying = true;
        try {
            search.setValue(Objects.requireNonNullElse(state.text(), ""));
            year.setValue(options.matchYears().contains(state.year()) ? state.year() : null);
            category.setValue(state.category());
            severity.setValue(state.severity());
            verdict.setValue(state.verdict());
            step2.setValue(state.step2());
            marker.setValue(state.marker());
            advisor.setValue(options.advisors().stream().filter(a -> Objects.equals(a.id(), state.advisor()))
                    .findFirst().orElse(null));
            specialty.setValue(state.specialty());
            if (state.sort() == null) {
                grid.sort(List.of());
            } else {
                grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(state.sort().name()),
                        state.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
            }
        } finally {
            applying = false;
        }
        reload();
    }

    private void reload() {
        var query = state.query(options.currentMatchYear());
        long total = service.count(query);
        count.setText(getTranslation("dashboard.list.count", total));
        grid.setEmptyStateText(state.filtered() ? getTranslation("dashboard.list.empty.filtered")
                : getTranslation("dashboard.list.empty.none", String.valueOf(query.matchYear())));
        grid.setItems(q -> {
            var orders = q.getSortOrders();
            ListSort sort = orders.isEmpty() ? ListSort.NAME : ListSort.valueOf(orders.getFirst().getSorted());
            boolean desc = !orders.isEmpty() && orders.getFirst().getDirection() == SortDirection.DESCENDING;
            return service.list(query, sort, desc, q.getOffset(), q.getLimit()).stream();
        }, q -> (int) Math.min(Integer.MAX_VALUE, total));
    }

    /** The current filters and sort, as in the URL. */
    ListState state() {
        return state;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.list.title");
    }
}
