package org.matchwise.applicant.ui;

import static org.matchwise.applicant.ui.EntryFields.choice;
import static org.matchwise.applicant.ui.EntryFields.endNotBeforeStart;
import static org.matchwise.applicant.ui.EntryFields.range;
import static org.matchwise.applicant.ui.EntryFields.text;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.ui.EntryForms.ExperienceForm;
import org.matchwise.base.i18n.Labels;

/** Clinical experiences; letters that point to a removed experience lose the link, later ones follow it. */
public final class ExperienceEditor extends EntryEditor<ClinicalExperience, ExperienceForm> {

    public Select<ClinicalKind> kind;
    public Select<Specialty> specialty;
    public TextField institution;
    public Select<Setting> setting;
    public Checkbox us;
    public DatePicker start;
    public DatePicker end;
    public TextField supervisor;

    public ExperienceEditor(EditorRole role, EntryHost host) {
        super(role, host, ProfileList.EXPERIENCES, FormMapping.EXPERIENCE, "casefile.usce", "casefile.usce.empty");
    }

    @Override
    protected ApplicantProfile afterRemoval(ApplicantProfile p, int index) {
        List<Letter> letters = new ArrayList<>();
        for (Letter l : p.letters()) {
            Integer link = l.linkedExperience();
            Integer moved = link == null || link < index ? link : link == index ? null : link - 1;
            letters.add(Objects.equals(link, moved) ? l : new Letter(l.writer(), l.specialty(), l.us(), l.academic(),
                    l.status(), l.strength(), l.date(), l.waived(), l.dueDate(), moved));
        }
        return p.toBuilder().letters(letters).build();
    }

    @Override
    protected void columns(Grid<Entry<ClinicalExperience>> grid) {
        grid.addColumn(e -> Labels.title(this, e.value().kind())).setHeader(t("casefile.usce.kind")).setWidth("6em");
        grid.addColumn(e -> Labels.title(this, e.value().specialty())).setHeader(t("casefile.usce.specialty"))
                .setWidth("7em");
        grid.addColumn(e -> e.value().institution()).setHeader(t("casefile.usce.institution")).setWidth("7em")
                .setFlexGrow(2);
        grid.addColumn(e -> e.value().us() ? t("casefile.yes") : t("casefile.no")).setHeader(t("casefile.usce.us"))
                .setWidth("4.5em");
        grid.addColumn(e -> range(this, e.value().start(), e.value().end())).setHeader(t("casefile.usce.dates"))
                .setWidth("8em").setFlexGrow(2);
    }

    @Override
    protected void buildForm(FormLayout fields, Binder<ExperienceForm> binder) {
        kind = choice(this, "casefile.usce.kind", ClinicalKind.values());
        specialty = choice(this, "casefile.usce.specialty", Specialty.values());
        institution = text(this, "casefile.usce.institution");
        setting = choice(this, "casefile.usce.setting", Setting.values());
        setting.setEmptySelectionAllowed(true);
        setting.setEmptySelectionCaption(t("casefile.usce.settingUnknown"));
        us = new Checkbox(t("casefile.usce.us"));
        start = new DatePicker(t("casefile.usce.start"));
        end = new DatePicker(t("casefile.usce.end"));
        end.setHelperText(t("casefile.usce.endHelp"));
        supervisor = text(this, "casefile.usce.supervisor");
        binder.forField(kind).withValidator(Objects::nonNull, t("casefile.required")).bind("kind");
        binder.forField(specialty).withValidator(Objects::nonNull, t("casefile.required")).bind("specialty");
        binder.forField(institution).bind("institution");
        binder.forField(setting).bind("setting");
        binder.forField(us).bind("us");
        binder.forField(start).asRequired(t("casefile.required")).bind("start");
        endNotBeforeStart(this, binder, start, end, "end");
        binder.forField(supervisor).bind("supervisor");
        fields.add(kind, specialty, institution, setting, start, end, supervisor, us);
    }
}
