package org.matchwise.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Objects;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.casefile.CaseViews.ActionView;
import org.matchwise.casefile.CaseViews.ChangeResult;
import org.matchwise.casefile.CaseViews.NewAction;
import org.matchwise.casefile.ui.CaseForms.ActionForm;
import org.matchwise.flags.FlagCategory;
import org.matchwise.remediation.Owner;
import org.matchwise.remediation.SuggestedAction;

/**
 * The remediation plan: its actions with their progress (evidence the applicant will read unless marked internal, and
 * the advisor is told which before saving), the catalogue's suggestions for a flag's category, and a new action.
 */
final class PlanSection extends VerticalLayout {

    final Grid<ActionView> actionGrid = new Grid<>();
    final Grid<SuggestedAction> suggestionGrid = new Grid<>();
    final Binder<ActionForm> actionBinder = new Binder<>(ActionForm.class);
    final ComboBox<FlagCategory> suggestFor = new ComboBox<>();
    final ComboBox<FlagCategory> actionCategory = new ComboBox<>();
    final TextField actionTitle = new TextField();
    final Select<Owner> actionOwner = new Select<>();
    final DatePicker actionDue = new DatePicker();
    final Button addAction = new Button();
    final Select<ActionStatus> actionState = new Select<>();
    final TextArea actionEvidence = new TextArea();
    /** Evidence marked internal never reaches the applicant; the line below says who will see it. */
    final Checkbox actionEvidenceInternal = new Checkbox();
    final Span actionEvidenceAudience = new Span();
    final TextField revisedTitle = new TextField();
    final Select<Owner> revisedOwner = new Select<>();
    final DatePicker revisedDue = new DatePicker();
    final Button saveProgress = new Button();
    final Div progress = new Div();
    ActionView progressing;
    private final CaseContext c;

    PlanSection(CaseContext c) {
        this.c = c;
        CaseParts.sectionStyle(this);
        actionGrid.addColumn(ActionView::title).setHeader(c.t("casefile.plan.title")).setFlexGrow(3);
        actionGrid.addColumn(a -> c.label(a.category())).setHeader(c.t("casefile.flags.category")).setAutoWidth(true);
        actionGrid.addColumn(a -> c.label(a.owner())).setHeader(c.t("casefile.plan.owner")).setAutoWidth(true);
        actionGrid.addColumn(a -> c.date(a.dueDate())).setHeader(c.t("casefile.plan.due")).setAutoWidth(true);
        actionGrid.addColumn(a -> c.label(a.state())).setHeader(c.t("casefile.plan.status")).setAutoWidth(true);
        actionGrid.addColumn(a -> a.evidence() == null ? "" : a.evidence()).setHeader(c.t("casefile.plan.evidence"))
                .setFlexGrow(2);
        actionGrid.addComponentColumn(a -> {
            var b = new Button(c.t("casefile.plan.update"), e -> startProgress(a));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.getElement().setAttribute("aria-label", c.t("casefile.plan.updateFor", a.title()));
            return b;
        }).setHeader(c.t("casefile.actions")).setAutoWidth(true);
        CaseParts.gridStyle(actionGrid);
        actionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        revisedTitle.setLabel(c.t("casefile.plan.title"));
        revisedTitle.setWidth("min(24em, 100%)");
        revisedTitle.setMaxLength(500);
        revisedTitle.setRequiredIndicatorVisible(true);
        revisedOwner.setLabel(c.t("casefile.plan.owner"));
        revisedOwner.setItems(Owner.values());
        revisedOwner.setItemLabelGenerator(c::label);
        revisedOwner.setEmptySelectionAllowed(false);
        revisedDue.setLabel(c.t("casefile.plan.due"));
        actionState.setLabel(c.t("casefile.plan.status"));
        actionState.setItems(ActionStatus.values());
        actionState.setItemLabelGenerator(c::label);
        actionEvidence.setLabel(c.t("casefile.plan.evidence"));
        actionEvidence.setWidth("min(28em, 100%)");
        actionEvidenceInternal.setLabel(c.t("casefile.plan.evidenceInternal"));
        actionEvidenceInternal.addValueChangeListener(e -> showEvidenceAudience());
        actionEvidence.addValueChangeListener(e -> showEvidenceAudience());
        actionEvidenceAudience.addClassName("mw-hint");
        actionEvidenceAudience.setId("mw-evidence-audience");
        actionEvidenceAudience.getElement().setAttribute("aria-live", "polite");
        saveProgress.setText(c.t("casefile.save"));
        saveProgress.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveProgress.addClickListener(e -> saveProgress());

        suggestFor.setLabel(c.t("casefile.plan.suggestFor"));
        suggestFor.setItems(FlagCategory.values());
        suggestFor.setItemLabelGenerator(c::label);
        suggestFor.setWidth("min(20em, 100%)");
        suggestFor.addValueChangeListener(e -> showSuggestions());
        suggestionGrid.addColumn(SuggestedAction::title).setHeader(c.t("casefile.plan.title")).setFlexGrow(2);
        suggestionGrid.addColumn(SuggestedAction::description).setHeader(c.t("casefile.plan.description")).setFlexGrow(3);
        suggestionGrid.addColumn(s -> c.label(s.owner())).setHeader(c.t("casefile.plan.owner")).setAutoWidth(true);
        suggestionGrid.addColumn(s -> c.date(s.due())).setHeader(c.t("casefile.plan.due")).setAutoWidth(true);
        suggestionGrid.addComponentColumn(s -> {
            var b = new Button(c.t("casefile.plan.use"), e -> useSuggestion(s));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.addClassName("mw-use-suggestion");
            b.getElement().setAttribute("aria-label", c.t("casefile.plan.useFor", s.title()));
            return b;
        }).setHeader(c.t("casefile.actions")).setAutoWidth(true);
        CaseParts.gridStyle(suggestionGrid);
        suggestionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        actionCategory.setLabel(c.t("casefile.flags.category"));
        actionCategory.setItems(FlagCategory.values());
        actionCategory.setItemLabelGenerator(c::label);
        actionTitle.setLabel(c.t("casefile.plan.title"));
        actionTitle.setWidth("min(24em, 100%)");
        actionTitle.setMaxLength(500);
        actionOwner.setLabel(c.t("casefile.plan.owner"));
        actionOwner.setItems(Owner.values());
        actionOwner.setItemLabelGenerator(c::label);
        actionDue.setLabel(c.t("casefile.plan.due"));
        actionBinder.forField(actionCategory).asRequired(c.t("casefile.required")).bind("category");
        actionBinder.forField(actionTitle).asRequired(c.t("casefile.required"))
                .withValidator(s -> s.length() <= 500, c.t("casefile.tooLong")).bind("title");
        actionBinder.forField(actionOwner).withValidator(Objects::nonNull, c.t("casefile.required")).bind("owner");
        actionBinder.forField(actionDue).bind("dueDate");
        addAction.setText(c.t("casefile.plan.addButton"));
        addAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAction.addClickListener(e -> addAction());
    }

    void render() {
        removeAll();
        progressing = null;
        actionGrid.setItems(c.file().actions());
        List<FlagCategory> open = c.file().flags().stream().filter(f -> f.state() == FlagStatus.OPEN)
                .map(FlagView::category).distinct().toList();
        if (suggestFor.getValue() == null && !open.isEmpty()) {
            suggestFor.setValue(open.getFirst());
        } else {
            showSuggestions();
        }
        var revision = new HorizontalLayout(revisedTitle, revisedOwner, revisedDue);
        revision.setWrap(true);
        var stateAndEvidence = new HorizontalLayout(actionState, actionEvidence);
        stateAndEvidence.setWrap(true);
        progress.removeAll();
        progress.add(new H3(c.t("casefile.plan.progress")), revision, stateAndEvidence, actionEvidenceInternal,
                actionEvidenceAudience, saveProgress);
        progress.addClassName("mw-form");
        progress.setVisible(false);
        progress.setId("mw-plan-progress");
        var fields = new HorizontalLayout(actionCategory, actionTitle, actionOwner, actionDue);
        fields.setWrap(true);
        var form = new Div(new H3(c.t("casefile.plan.add")), fields, addAction);
        form.addClassName("mw-form");
        add(c.file().actions().isEmpty() ? new Paragraph(c.t("casefile.plan.empty")) : actionGrid, progress,
                new H3(c.t("casefile.plan.suggestions")), suggestFor, suggestionGrid, form);
    }

    private void showSuggestions() {
        suggestionGrid.setItems(c.file() == null || suggestFor.getValue() == null ? List.of()
                : c.cases().suggestions(c.id(), suggestFor.getValue()));
    }

    void useSuggestion(SuggestedAction s) {
        actionBinder.readRecord(new ActionForm(s.category(), s.title(), s.owner(), s.due()));
        actionTitle.focus();
    }

    private void addAction() {
        ActionForm form;
        try {
            form = actionBinder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        ChangeResult result = c.cases().addAction(c.id(), new NewAction(form.category(), form.title(), form.owner(),
                form.dueDate()));
        if (result instanceof ChangeResult.Refused refused) {
            c.notify(c.t(refused.code()));
            return;
        }
        actionBinder.readRecord(new ActionForm(null, "", null, null));
        actionCategory.setInvalid(false);
        actionTitle.setInvalid(false);
        actionOwner.setInvalid(false);
        c.notify(c.t("casefile.plan.added"));
        c.reload();
    }

    void startProgress(ActionView action) {
        progressing = action;
        revisedTitle.setValue(action.title());
        revisedTitle.setInvalid(false);
        revisedOwner.setValue(action.owner());
        revisedDue.setValue(action.dueDate());
        actionState.setValue(action.state());
        actionEvidence.setValue(action.evidence() == null ? "" : action.evidence());
        actionEvidenceInternal.setValue(action.evidenceInternal());
        showEvidenceAudience();
        progress.setVisible(true);
        actionState.focus();
    }

    /** Tells the advisor, before saving, whether the applicant will see the evidence (issue 14 item 8). */
    void showEvidenceAudience() {
        actionEvidenceAudience.setText(c.t(actionEvidenceInternal.getValue() ? "casefile.plan.evidenceInternalHint"
                : actionEvidence.getValue().isBlank() ? "casefile.plan.evidenceVisibleHint"
                : "casefile.plan.evidenceVisibleNow"));
    }

    private void saveProgress() {
        if (progressing == null) {
            return;
        }
        if (revisedTitle.getValue().isBlank()) {
            revisedTitle.setErrorMessage(c.t("casefile.required"));
            revisedTitle.setInvalid(true);
            revisedTitle.focus();
            return;
        }
        ChangeResult result = c.cases().reviseAction(c.id(), progressing.id(), progressing.version(),
                new NewAction(progressing.category(), revisedTitle.getValue(), revisedOwner.getValue(), revisedDue.getValue()),
                actionState.getValue(), actionEvidence.getValue(), actionEvidenceInternal.getValue());
        switch (result) {
            case ChangeResult.Done done -> {
                c.notify(c.t("casefile.saved"));
                c.reload();
            }
            case ChangeResult.Conflict conflict -> c.showConflict();
            case ChangeResult.Refused r -> c.notify(c.t(r.code()));
        }
    }
}
