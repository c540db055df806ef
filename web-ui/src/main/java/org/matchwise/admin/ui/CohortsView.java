package org.matchwise.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.matchwise.admin.AdminViews.CohortResult;
import org.matchwise.admin.AdminViews.CohortRow;
import org.matchwise.admin.CohortAdminService;

/** The school's cohorts (match year, size, advisors) and a new cohort for a coming match year. */
@Route("admin/cohorts")
@RolesAllowed("ADMIN")
@Menu(title = "admin.nav.cohorts", order = 91, icon = "vaadin:group")
public class CohortsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CohortRow> grid = new Grid<>(CohortRow.class, false);
    final IntegerField year = new IntegerField(getTranslation("admin.cohorts.new.year"));
    final Button create = new Button(getTranslation("admin.cohorts.new.submit"), VaadinIcon.PLUS.create());
    final Span empty = new Span(getTranslation("admin.cohorts.empty"));

    private final CohortAdminService service;

    private final Clock clock;

    CohortsView(CohortAdminService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setSizeFull();

        year.setStepButtonsVisible(true);
        year.setManualValidation(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        var form = new HorizontalLayout(year, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(CohortRow::matchYear).setHeader(getTranslation("admin.cohorts.year")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CohortRow::name).setHeader(getTranslation("admin.cohorts.name")).setAutoWidth(true);
        grid.addColumn(CohortRow::applicants).setHeader(getTranslation("admin.cohorts.applicants")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.advisors().isEmpty() ? getTranslation("admin.cohorts.none")
                : String.join(", ", c.advisors())).setHeader(getTranslation("admin.cohorts.advisors")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("admin.cohorts.title"));
        grid.setSizeFull();

        add(new H2(getTranslation("admin.cohorts.title")), form, empty, grid);
        refresh();
    }

    void refresh() {
        List<CohortRow> rows = service.cohorts();
        grid.setItems(rows);
        empty.setVisible(rows.isEmpty());
        // suggest the year after the newest cohort, or next year's match
        year.setValue(rows.stream().mapToInt(CohortRow::matchYear).max().orElse(LocalDate.now(clock).getYear()) + 1);
    }

    List<CohortRow> rows() {
        return grid.getGenericDataView().getItems().toList();
    }

    void create() {
        switch (service.create(year.getValue())) {
            case CohortResult.Created created -> {
                year.setInvalid(false);
                refresh();
                Notification.show(getTranslation("admin.cohorts.new.done", String.valueOf(created.cohort().matchYear()),
                        created.ruleSetVersion()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            case CohortResult.Refused refused -> {
                year.setErrorMessage(getTranslation("admin.refused." + refused.code()));
                year.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.cohorts.title");
    }
}
