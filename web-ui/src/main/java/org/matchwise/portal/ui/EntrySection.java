package org.matchwise.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.ui.FormMapping;
import org.matchwise.applicant.ui.ProfileList;

/**
 * One list of the applicant's record (exams, practice tests, ...): a grid with each entry's verification
 * state, and a dialog that adds or edits an entry through a form record bound with {@link Binder}. Saving
 * hands the whole edited profile to the host, which stores it against the version the applicant saw.
 *
 * @param <R> the core record of an entry
 * @param <F> the form record the dialog binds
 */
abstract class EntrySection<R, F> extends VerticalLayout {

    /** One row: the entry, its position in the record's list and whether an advisor verified it. */
    record Entry<R>(int index, R value, boolean verified) {
    }

    final Grid<Entry<R>> grid = new Grid<>();
    final Button add;
    final Paragraph empty;
    final Dialog dialog = new Dialog();
    final Binder<F> binder;
    final Button save;
    final Span formError = new Span();

    private final String section;
    private final ProfileList<R> profileList;
    private final FormMapping<R, F> forms;
    private final Consumer<ApplicantProfile> host;
    private ApplicantRecord record;
    private Integer editing;

    /**
     * @param list  the record's list the section edits ("exams")
     * @param forms how the dialog's form record is filled from an entry and back
     * @param key   the message key part of the section's texts ("application": portal.application.add, portal.application.empty)
     */
    EntrySection(ProfileList<R> list, FormMapping<R, F> forms, String key, Consumer<ApplicantProfile> host) {
        this.profileList = list;
        this.forms = forms;
        this.section = list.section();
        this.host = host;
        this.binder = new Binder<>(forms.formClass());
        setPadding(false);
        add = new Button(getTranslation("portal." + key + ".add"), VaadinIcon.PLUS.create(), e -> open(null));
        empty = new Paragraph(getTranslation("portal." + key + ".empty"));
        empty.addClassName("mw-empty");
        columns(grid);
        grid.addComponentColumn(e -> badge(e.verified())).setHeader(getTranslation("portal.column.verified"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        buildForm(form, binder);
        formError.addClassName("mw-form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.getElement().setAttribute("role", "alert");
        dialog.setHeaderTitle(getTranslation("portal." + key + ".dialog"));
        dialog.add(form, formError);
        dialog.setWidth("min(44rem, 95vw)");
        save = new Button(getTranslation("portal.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("portal.cancel"), e -> dialog.close()), save);
        add(add, empty, grid);
    }

    abstract void columns(Grid<Entry<R>> grid);

    abstract void buildForm(FormLayout form, Binder<F> binder);

    /** How the record names entry {@code index} in its list of unverified entries, e.g. {@code exams[2]}. */
    String reference(int index) {
        return section + "[" + index + "]";
    }

    void show(ApplicantRecord current) {
        this.record = current;
        List<R> values = profileList.in(current.profile());
        List<Entry<R>> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(new Entry<>(i, values.get(i), !current.unverified().contains(reference(i))));
        }
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    ApplicantRecord record() {
        return record;
    }

    void open(Integer index) {
        editing = index;
        formError.setText("");
        binder.readRecord(index == null ? forms.empty() : forms.formOf(profileList.in(record.profile()).get(index)));
        dialog.open();
    }

    void save() {
        F form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            formError.setText(getTranslation("portal.form.invalid"));
            return;
        }
        List<R> values = new ArrayList<>(profileList.in(record.profile()));
        try {
            R value = forms.entryOf(form, editing == null ? null : values.get(editing));
            if (editing == null) {
                values.add(value);
            } else {
                values.set(editing, value);
            }
        } catch (IllegalArgumentException e) {
            formError.setText(getTranslation("portal.form.rejected", e.getMessage()));
            return;
        }
        dialog.close();
        host.accept(profileList.replaced(record.profile(), values));
    }

    private void remove(int index) {
        List<R> values = new ArrayList<>(profileList.in(record.profile()));
        values.remove(index);
        host.accept(profileList.replaced(record.profile(), values));
    }

    private HorizontalLayout actions(Entry<R> entry) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(entry.index()));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("portal.edit"));
        edit.setTooltipText(getTranslation("portal.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> remove(entry.index()));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("portal.delete"));
        delete.setTooltipText(getTranslation("portal.delete"));
        return new HorizontalLayout(edit, delete);
    }

    private Span badge(boolean verified) {
        Span badge = new Span(getTranslation(verified ? "portal.verified" : "portal.unverified"));
        badge.getElement().getThemeList().add(verified ? "badge success" : "badge contrast");
        return badge;
    }
}
