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
import java.util.Objects;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.ui.EntryForms.TimelineForm;
import org.matchwise.base.i18n.Labels;

/** Timeline entries (education, work, research, leaves, ...); a leave's reason is the advisor's to see and set. */
public final class TimelineEditor extends EntryEditor<TimelineEntry, TimelineForm> {

    public Select<TimelineKind> kind;
    public TextField title;
    /** ADVISOR only (null for the applicant). */
    public Select<LeaveReason> reason;
    public DatePicker start;
    public DatePicker end;
    public Checkbox fullTime;

    public TimelineEditor(EditorRole role, EntryHost host) {
        super(role, host, ProfileList.TIMELINE, new FormMapping<>(TimelineForm.class,
                () -> new TimelineForm(null, "", null, null, null, true), TimelineForm::of,
                (form, was) -> form.toRecord(was, role == EditorRole.ADVISOR)), "casefile.timeline",
                "casefile.timeline.listEmpty");
    }

    @Override
    protected void columns(Grid<Entry<TimelineEntry>> grid) {
        grid.addColumn(e -> Labels.title(this, e.value().kind())).setHeader(t("casefile.timeline.kind")).setWidth("7em");
        grid.addColumn(e -> (e.value().title() == null ? "" : e.value().title())
                + (!advisor() || e.value().reason() == null ? "" : " (" + Labels.label(e.value().reason(),
                        getLocale()) + ")")).setHeader(t("casefile.timeline.title")).setWidth("8em").setFlexGrow(2);
        grid.addColumn(e -> range(this, e.value().start(), e.value().end())).setHeader(t("casefile.usce.dates"))
                .setWidth("8em").setFlexGrow(2);
        grid.addColumn(e -> e.value().fullTime() ? t("casefile.yes") : t("casefile.no"))
                .setHeader(t("casefile.timeline.fullTime")).setWidth("4.5em").setFlexGrow(0);
    }

    @Override
    protected void buildForm(FormLayout fields, Binder<TimelineForm> binder) {
        kind = choice(this, "casefile.timeline.kind", TimelineKind.values());
        title = text(this, "casefile.timeline.title");
        start = new DatePicker(t("casefile.usce.start"));
        end = new DatePicker(t("casefile.usce.end"));
        end.setHelperText(t("casefile.usce.endHelp"));
        fullTime = new Checkbox(t("casefile.timeline.fullTime"));
        binder.forField(kind).withValidator(Objects::nonNull, t("casefile.required")).bind("kind");
        binder.forField(title).bind("title");
        binder.forField(start).asRequired(t("casefile.required")).bind("start");
        endNotBeforeStart(this, binder, start, end, "end");
        binder.forField(fullTime).bind("fullTime");
        fields.add(kind, title);
        // bound for both roles (a record binder writes only when every component is bound); shown to advisors only
        Select<LeaveReason> leaveReason = choice(this, "casefile.timeline.reason", LeaveReason.values());
        binder.forField(leaveReason).bind("reason");
        if (advisor()) {
            reason = leaveReason;
            reason.setHelperText(t("casefile.timeline.reasonHelp"));
            kind.addValueChangeListener(e -> leaveOnly());
            fields.add(reason);
        }
        fields.add(start, end, fullTime);
        leaveOnly();
    }

    /** The reason belongs to a leave of absence only. */
    private void leaveOnly() {
        if (reason == null) {
            return;
        }
        boolean leave = kind.getValue() == TimelineKind.LEAVE_OF_ABSENCE;
        reason.setVisible(leave);
        if (!leave) {
            reason.clear();
        }
    }
}
