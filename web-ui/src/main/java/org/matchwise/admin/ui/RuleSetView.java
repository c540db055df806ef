package org.matchwise.admin.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.matchwise.admin.AdminViews.FieldProblem;
import org.matchwise.admin.AdminViews.RuleSetDraft;
import org.matchwise.admin.AdminViews.RuleSetForm;
import org.matchwise.admin.AdminViews.RuleSetResult;
import org.matchwise.admin.AdminViews.VerdictChange;
import org.matchwise.admin.RuleSetAdminService;
import org.matchwise.admin.RuleSetChecks;

/**
 * The rule-set editor: pick a match year, start from its latest version (or a copy of last year's), change
 * thresholds and calendar dates with validation next to each field, see whose verdict the edit would change,
 * and save it as the next version; earlier assessments keep naming the version that produced them.
 */
@Route("admin/rulesets")
@RolesAllowed("ADMIN")
@Menu(title = "admin.nav.rules", order = 93, icon = "vaadin:sliders")
public class RuleSetView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Integer> year = new ComboBox<>(getTranslation("admin.rules.year"));
    final Span source = new Span();
    final Span noYears = new Span(getTranslation("admin.rules.noYears"));
    final Button copy = new Button(getTranslation("admin.rules.copy"), VaadinIcon.COPY_O.create());
    final Binder<RuleSetForm> binder = new Binder<>(RuleSetForm.class);
    /** The form's fields by record component name. */
    final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    final Button preview = new Button(getTranslation("admin.rules.preview"), VaadinIcon.SEARCH.create());
    final Button save = new Button(getTranslation("admin.rules.save"), VaadinIcon.CHECK.create());
    final ProgressBar progress = new ProgressBar();
    final Span progressLabel = new Span(getTranslation("admin.rules.preview.running"));
    final Paragraph previewSummary = new Paragraph();
    final Grid<VerdictChange> changes = new Grid<>(VerdictChange.class, false);
    final VerticalLayout editor = new VerticalLayout();

    /** The work under way, for tests to wait on. */
    CompletableFuture<?> running;
    String lastMessage;

    private final RuleSetAdminService service;
    private final BackgroundWork background;
    private boolean copyOfLastYear;

    RuleSetView(RuleSetAdminService service, BackgroundWork background) {
        this.service = service;
        this.background = background;
        setWidthFull();

        List<Integer> years = service.years();
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(service.draft(e.getValue()), false);
            }
        });
        copy.addClickListener(e -> copyFromLastYear());
        var top = new HorizontalLayout(year, copy);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);

        var thresholds = new FormLayout(
                number("gapMonths"), number("gapHighMonths"), integer("yearsSinceGraduation"),
                number("recentClinicalMonths"), number("recentClinicalHighMonths"), number("usceHandsOnMonths"),
                number("fullTimeOverlapMonths"), number("daysPerMonth"), integer("step2ScoreLagDays"),
                integer("step1NumericLow"), integer("examFailuresForHigh"), integer("patternEvents"));
        thresholds.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        var calendar = new FormLayout(date("erasOpens"), date("applicantsMaySubmit"), date("programsOpen"),
                date("rankOrderDeadline"), date("matchDay"));
        calendar.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        // a change can make or mend a problem of another field (a "high" limit, the season order)
        fields.values().forEach(f -> f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                binder.validate();
            }
        }));

        preview.addClickListener(e -> preview());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var buttons = new HorizontalLayout(preview, save);
        buttons.setWrap(true);

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progressLabel.setVisible(false);
        changes.addColumn(c -> c.name() + " (" + c.externalId() + ")")
                .setHeader(getTranslation("admin.rules.preview.applicant")).setFlexGrow(1);
        changes.addColumn(c -> org.matchwise.base.i18n.Labels.title(this, c.before()))
                .setHeader(getTranslation("admin.rules.preview.before")).setAutoWidth(true);
        changes.addColumn(c -> org.matchwise.base.i18n.Labels.title(this, c.after()))
                .setHeader(getTranslation("admin.rules.preview.after")).setAutoWidth(true);
        changes.setAriaLabel(getTranslation("admin.rules.preview"));
        changes.setAllRowsVisible(true);
        changes.setVisible(false);

        editor.setPadding(false);
        editor.add(source, new H3(getTranslation("admin.rules.thresholds")), thresholds,
                new H3(getTranslation("admin.rules.calendar")), calendar, buttons, progressLabel, progress,
                previewSummary, changes);
        add(new H2(getTranslation("admin.rules.title")), noYears, top, editor);

        noYears.setVisible(years.isEmpty());
        top.setVisible(!years.isEmpty());
        editor.setVisible(false);
        if (!years.isEmpty()) {
            year.setValue(years.getFirst());
        }
    }

    private NumberField number(String name) {
        var field = new NumberField(getTranslation("admin.rules.field." + name));
        bind(field, name);
        return field;
    }

    private IntegerField integer(String name) {
        var field = new IntegerField(getTranslation("admin.rules.field." + name));
        field.setStepButtonsVisible(true);
        bind(field, name);
        return field;
    }

    private DatePicker date(String name) {
        var field = new DatePicker(getTranslation("admin.rules.field." + name));
        bind(field, name);
        return field;
    }

    private <V> void bind(AbstractField<?, V> field, String name) {
        fields.put(name, field);
        binder.forField(field).withValidator((value, context) -> {
            if (year.getValue() == null) {
                return ValidationResult.ok();
            }
            FieldProblem problem = RuleSetChecks.firstFor(name, year.getValue(), current());
            return problem == null ? ValidationResult.ok() : ValidationResult.error(message(problem));
        }).bind(name);
    }

    /** The form as the fields hold it now, valid or not. */
    RuleSetForm current() {
        return new RuleSetForm(d("gapMonths"), d("gapHighMonths"), i("yearsSinceGraduation"),
                d("recentClinicalMonths"), d("recentClinicalHighMonths"), d("usceHandsOnMonths"),
                d("fullTimeOverlapMonths"), d("daysPerMonth"), i("step2ScoreLagDays"), i("step1NumericLow"),
                i("examFailuresForHigh"), i("patternEvents"), date0("erasOpens"), date0("applicantsMaySubmit"),
                date0("programsOpen"), date0("rankOrderDeadline"), date0("matchDay"));
    }

    private Double d(String name) {
        return (Double) fields.get(name).getValue();
    }

    private Integer i(String name) {
        return (Integer) fields.get(name).getValue();
    }

    private LocalDate date0(String name) {
        return (LocalDate) fields.get(name).getValue();
    }

    private String message(FieldProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }

    void load(RuleSetDraft draft, boolean copied) {
        copyOfLastYear = copied;
        binder.readRecord(draft.form());
        source.setText(switch (draft.source()) {
            case STORED -> getTranslation("admin.rules.source.STORED", draft.version(), String.valueOf(draft.matchYear()));
            case COPY -> getTranslation("admin.rules.source.COPY", String.valueOf(draft.matchYear()),
                    String.valueOf(draft.copiedFrom()));
            case DEFAULTS -> getTranslation("admin.rules.source.DEFAULTS", String.valueOf(draft.matchYear()));
        });
        previewSummary.setText("");
        changes.setVisible(false);
        editor.setVisible(true);
    }

    void copyFromLastYear() {
        if (year.getValue() == null) {
            return;
        }
        Optional<RuleSetDraft> copied = service.copyFromLastYear(year.getValue());
        if (copied.isEmpty()) {
            notice(getTranslation("admin.rules.copy.none"), true);
            return;
        }
        load(copied.get(), true);
        notice(getTranslation("admin.rules.copy.done", String.valueOf(copied.get().copiedFrom()),
                String.valueOf(year.getValue())), false);
    }

    /** The edited form if every field is valid; else shows the problems next to the fields. */
    private Optional<RuleSetForm> validForm() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            notice(getTranslation("admin.rules.invalid"), true);
            return Optional.empty();
        }
    }

    void preview() {
        Optional<RuleSetForm> form = validForm();
        if (form.isEmpty()) {
            return;
        }
        int matchYear = year.getValue();
        boolean copied = copyOfLastYear;
        UI ui = UI.getCurrent();
        previewSummary.setText("");
        changes.setVisible(false);
        preview.setEnabled(false);
        progress.setVisible(true);
        progressLabel.setVisible(true);
        ui.setPollInterval(400);
        running = background.run(() -> service.preview(matchYear, form.get(), copied))
                .whenComplete((result, failure) -> ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    progressLabel.setVisible(false);
                    preview.setEnabled(true);
                    if (failure != null) {
                        notice(getTranslation("admin.rules.invalid"), true);
                        return;
                    }
                    showPreview(matchYear, result);
                }));
    }

    private void showPreview(int matchYear, RuleSetResult result) {
        switch (result) {
            case RuleSetResult.Previewed p -> {
                changes.setItems(p.changes());
                changes.setVisible(!p.changes().isEmpty());
                previewSummary.setText(p.changes().isEmpty()
                        ? getTranslation("admin.rules.preview.none", p.applicantsAssessed(), String.valueOf(matchYear))
                        : getTranslation("admin.rules.preview.some", p.changes().size(), p.applicantsAssessed()));
            }
            case RuleSetResult.Invalid invalid -> showInvalid(invalid);
            case RuleSetResult.Saved ignored -> {
            }
        }
    }

    void save() {
        Optional<RuleSetForm> form = validForm();
        if (form.isEmpty()) {
            return;
        }
        int matchYear = year.getValue();
        switch (service.save(matchYear, form.get(), copyOfLastYear)) {
            case RuleSetResult.Saved saved -> {
                load(service.draft(matchYear), false);
                notice(getTranslation("admin.rules.saved", String.valueOf(saved.matchYear()), saved.version()), false);
            }
            case RuleSetResult.Invalid invalid -> showInvalid(invalid);
            case RuleSetResult.Previewed ignored -> {
            }
        }
    }

    private void showInvalid(RuleSetResult.Invalid invalid) {
        binder.validate();
        notice(getTranslation("admin.rules.invalid"), true);
    }

    List<VerdictChange> previewedChanges() {
        return changes.getGenericDataView().getItems().toList();
    }

    private void notice(String message, boolean error) {
        lastMessage = message;
        Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.rules.title");
    }
}
