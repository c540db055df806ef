package org.matchwise.applicant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/**
 * The form below an {@link EntryEditor}'s entries: a title, a note, the list's own fields (bound to a form record,
 * {@link EntryForms}), the applicant's correction request (a reason, and "remove it instead"), an error line and
 * Save / Cancel. It knows its modes (adding, changing, asking for a correction) and how each looks; what Save does
 * is the editor's.
 *
 * @param <F> the form record the fields bind
 */
final class EntryFormPanel<F> extends Div {

    final H3 title = new H3();
    final FormLayout fields = new FormLayout();
    final Paragraph note = new Paragraph();
    final Span error = new Span();
    final Binder<F> binder;
    final Button save = new Button();
    final Button cancel = new Button();
    /** APPLICANT, asking for a correction: why the entry is wrong, and whether it should go altogether. */
    final TextArea reason = new TextArea();
    final Checkbox removeInstead = new Checkbox();

    EntryFormPanel(Class<F> formClass) {
        binder = new Binder<>(formClass);
        addClassName("mw-form");
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("52em", 4));
        note.addClassName("mw-form-note");
        note.setVisible(false);
        error.addClassName("mw-form-error");
        error.getElement().setAttribute("role", "alert");
        reason.setLabel(getTranslation("entries.correction.reason"));
        reason.setHelperText(getTranslation("entries.correction.reasonHelp"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        removeInstead.setLabel(getTranslation("entries.correction.remove"));
        removeInstead.addValueChangeListener(e -> fields.setEnabled(!e.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("casefile.entry.cancel"));
        var buttons = new HorizontalLayout(save, cancel);
        buttons.setSpacing(true);
        add(title, note, fields, removeInstead, reason, error, buttons);
    }

    /** Adding a new entry: {@code titleText} above, {@code saveText} on the button, no Cancel, no correction parts. */
    void adding(String titleText, String saveText) {
        title.setText(titleText);
        save.setText(saveText);
        cancel.setVisible(false);
        note.setVisible(false);
        reason.setVisible(false);
        removeInstead.setVisible(false);
        removeInstead.setValue(false);
        fields.setEnabled(true);
        error.setText("");
    }

    /** An entry opened to be changed or, when {@code correcting}, to ask for a correction (with a reason). */
    void opened(String titleText, String saveText, boolean correcting) {
        title.setText(titleText);
        save.setText(saveText);
        cancel.setVisible(true);
        reason.clear();
        reason.setInvalid(false);
        reason.setVisible(correcting);
        removeInstead.setValue(false);
        removeInstead.setVisible(correcting);
        error.setText("");
    }

    /** The first field takes the focus. */
    void focusFirst() {
        fields.getChildren().findFirst().ifPresent(c -> c.getElement().callJsFunction("focus"));
    }

    /** A note above the fields; none when {@code text} is empty. */
    void note(String text) {
        note.setText(text);
        note.setVisible(!text.isEmpty());
    }

    /** The correction request's reason, marked invalid with {@code message} when it is missing; true when given. */
    boolean reasonGiven(String message) {
        if (!reason.getValue().isBlank()) {
            return true;
        }
        reason.setErrorMessage(message);
        reason.setInvalid(true);
        return false;
    }

    /** No field marked invalid and no error line. */
    void clearInvalid() {
        fields.getChildren().forEach(this::valid);
        reason.setInvalid(false);
        error.setText("");
    }

    private void valid(Component c) {
        if (c instanceof HasValidation v) {
            v.setInvalid(false);
        }
    }
}
