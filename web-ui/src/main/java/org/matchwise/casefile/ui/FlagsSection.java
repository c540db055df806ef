package org.matchwise.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.FlagService.FlagResult;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;

/**
 * The case's flags with their evidence and state; an open flag is marked addressed with a note, and the advisor adds a
 * flag of their own, which stays with the office unless they share it with the applicant (issue 11).
 */
final class FlagsSection extends VerticalLayout {

    final Grid<FlagView> flagGrid = new Grid<>();
    final Select<Severity> manualSeverity = new Select<>();
    final TextField manualMessage = new TextField();
    final Button addManualFlag = new Button();
    /** A manual flag stays with the office unless the advisor shares it (default off). */
    final Checkbox manualShared = new Checkbox();
    final TextArea addressedNote = new TextArea();
    final Button markAddressed = new Button();
    final Div addressForm = new Div();
    FlagView addressing;
    private final CaseContext c;

    FlagsSection(CaseContext c) {
        this.c = c;
        CaseParts.sectionStyle(this);
        // rule with category, and severity with pattern, share columns, so the finding keeps room at tablet width
        flagGrid.addColumn(f -> f.rule().name() + " · " + c.label(f.category())).setHeader(c.t("casefile.flags.flag"))
                .setWidth("8em").setFlexGrow(1);
        flagGrid.addColumn(f -> c.label(f.severity()) + (f.pattern() == null ? "" : ", " + c.label(f.pattern())))
                .setHeader(c.t("casefile.flags.severityPattern")).setWidth("7em").setFlexGrow(1);
        flagGrid.addColumn(f -> f.message() + (f.shared() ? " (" + c.t("casefile.flags.sharedMark") + ")" : "")
                + (f.evidence().isEmpty() ? ""
                : " — " + c.t("casefile.evidence", String.join(", ", f.evidence().stream().map(c::refLabel).toList()))))
                .setHeader(c.t("casefile.flags.evidence")).setWidth("12em").setFlexGrow(4);
        flagGrid.addColumn(f -> c.label(f.state()) + (f.addressedNote() == null ? "" : ": " + f.addressedNote()))
                .setHeader(c.t("casefile.flags.status")).setWidth("6em").setFlexGrow(1);
        flagGrid.addComponentColumn(this::actions).setHeader(c.t("casefile.actions")).setAutoWidth(true).setFlexGrow(0);
        CaseParts.gridStyle(flagGrid);
        flagGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addressedNote.setLabel(c.t("casefile.flags.note"));
        addressedNote.setWidthFull();
        markAddressed.setText(c.t("casefile.flags.markAddressed"));
        markAddressed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markAddressed.addClickListener(e -> markAddressed());
        addressForm.addClassName("mw-form");
        addressForm.setVisible(false);
        manualSeverity.setLabel(c.t("casefile.flags.severity"));
        manualSeverity.setItems(Severity.values());
        manualSeverity.setItemLabelGenerator(c::label);
        manualMessage.setLabel(c.t("casefile.flags.message"));
        manualMessage.setWidth("min(28em, 100%)");
        manualMessage.setMaxLength(500);
        manualShared.setLabel(c.t("casefile.flags.share"));
        manualShared.setValue(false);
        addManualFlag.setText(c.t("casefile.flags.addManual"));
        addManualFlag.addClickListener(e -> addManualFlag());
    }

    /** Mark addressed (an open flag); for an advisor's own flag not closed, share or stop sharing, and withdraw. */
    private Component actions(FlagView f) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        String which = c.t("casefile.flags.which", f.rule().name(), c.label(f.category()));
        if (f.state() == FlagStatus.OPEN) {
            actions.add(small(c.t("casefile.flags.markAddressed"), c.t("casefile.flags.markAddressedFor",
                    f.rule().name(), c.label(f.category())), () -> startAddressing(f)));
        }
        if (f.rule() == RuleId.R18 && f.state() != FlagStatus.CLOSED) {
            String share = c.t(f.shared() ? "casefile.flags.unshare" : "casefile.flags.shareNow");
            actions.add(small(share, share + ": " + which, () -> share(f, !f.shared())));
            String withdraw = c.t("casefile.flags.withdraw");
            actions.add(small(withdraw, withdraw + ": " + which, () -> withdraw(f)));
        }
        return actions;
    }

    private static Button small(String text, String ariaLabel, Runnable action) {
        var b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.getElement().setAttribute("aria-label", ariaLabel);
        return b;
    }

    void share(FlagView flag, boolean shared) {
        done(c.flagService().shareManualFlag(c.id(), flag.id(), shared),
                c.t(shared ? "casefile.flags.sharedNow" : "casefile.flags.unsharedNow"));
    }

    void withdraw(FlagView flag) {
        done(c.flagService().closeManualFlag(c.id(), flag.id()), c.t("casefile.flags.withdrawn"));
    }

    private void done(FlagResult result, String message) {
        if (result instanceof FlagResult.Refused refused) {
            c.notify(refused.message());
            return;
        }
        c.notify(message);
        c.reload();
    }

    void render() {
        removeAll();
        addressing = null;
        addressForm.setVisible(false);
        flagGrid.setItems(c.file().flags());
        var fields = new HorizontalLayout(manualSeverity, manualMessage);
        fields.setWrap(true);
        var manual = new Div(new H3(c.t("casefile.flags.manual")), fields, manualShared, addManualFlag);
        manual.addClassName("mw-form");
        add(c.file().flags().isEmpty() ? new Paragraph(c.t("casefile.flags.empty")) : flagGrid, addressForm, manual);
    }

    void startAddressing(FlagView flag) {
        addressing = flag;
        addressForm.removeAll();
        addressedNote.clear();
        addressedNote.setInvalid(false);
        addressForm.add(new H3(c.t("casefile.flags.addressTitle", flag.rule().name(), c.label(flag.category()))),
                addressedNote, markAddressed);
        addressForm.setVisible(true);
        addressedNote.focus();
    }

    private void markAddressed() {
        if (addressing == null) {
            return;
        }
        if (addressedNote.getValue().isBlank()) {
            addressedNote.setErrorMessage(c.t("casefile.flags.noteRequired"));
            addressedNote.setInvalid(true);
            return;
        }
        FlagResult result = c.flagService().markAddressed(c.id(), addressing.id(), addressedNote.getValue());
        if (result instanceof FlagResult.Refused refused) {
            addressedNote.setErrorMessage(refused.message());
            addressedNote.setInvalid(true);
            return;
        }
        c.notify(c.t("casefile.flags.addressed"));
        c.reload();
    }

    private void addManualFlag() {
        boolean ok = true;
        if (manualSeverity.getValue() == null) {
            manualSeverity.setErrorMessage(c.t("casefile.required"));
            manualSeverity.setInvalid(true);
            ok = false;
        }
        if (manualMessage.getValue().isBlank()) {
            manualMessage.setErrorMessage(c.t("casefile.required"));
            manualMessage.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        FlagResult result = c.flagService().addManualFlag(c.id(), manualSeverity.getValue(), manualMessage.getValue(),
                manualShared.getValue());
        if (result instanceof FlagResult.Refused refused) {
            c.notify(refused.message());
            return;
        }
        manualMessage.clear();
        manualSeverity.clear();
        manualShared.setValue(false);
        c.notify(c.t("casefile.flags.added"));
        c.reload();
    }
}
