package org.matchwise.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.CorrectionService;
import org.matchwise.applicant.CorrectionViews.CorrectionResult;
import org.matchwise.applicant.EntryRequestKind;
import org.matchwise.applicant.EntryWords;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.ui.EditorRole;
import org.matchwise.applicant.ui.EntryEditor;
import org.matchwise.applicant.ui.ExamEditor;
import org.matchwise.applicant.ui.ExperienceEditor;
import org.matchwise.applicant.ui.LetterEditor;
import org.matchwise.applicant.ui.PracticeEditor;
import org.matchwise.applicant.ui.TimelineEditor;
import org.matchwise.applicant.ui.ExamEditor.Hint;
import org.matchwise.applicant.ui.EntryHost;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.portal.PortalService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * "My progress": the applicant updates their own exams (with the Step 2 CK timing hint), practice tests (with the
 * trend chart), clinical experience, letters, timeline and this season's program applications, with the same entry
 * editors the advisor uses, in the applicant's role: what they enter shows as unverified until an advisor verifies
 * it, and a verified entry only gets "Request a correction" ({@link CorrectionService}). A save that meets a newer
 * version of the record (an advisor changed or verified something meanwhile) changes nothing and says so; what was
 * typed stays in the form, and after "Reload my record" it can be saved again.
 */
@Route("my/progress")
@RolesAllowed("APPLICANT")
@Menu(title = "portal.nav.progress", order = 10, icon = "vaadin:clipboard-text")
public class MyProgressView extends VerticalLayout implements HasDynamicTitle, EntryHost {

    final Div conflict = new Div();
    /** In the conflict banner: reads the record again; the forms keep what was typed. */
    final Button reload = new Button();
    final TabSheet tabs = new TabSheet();
    final ExamEditor exams;
    final PracticeChart practiceChart = new PracticeChart();
    final PracticeEditor practice;
    final ExperienceEditor experiences;
    final LetterEditor letters;
    final TimelineEditor timeline;
    final Sections.ApplicationSection applications;

    private final PortalService portal;
    private final CorrectionService corrections;
    private final EntryWords words;
    private ApplicantRecord record;

    MyProgressView(PortalService portal, CorrectionService corrections, EntryWords words) {
        this.portal = portal;
        this.corrections = corrections;
        this.words = words;
        setMaxWidth("1200px");
        add(new H2(getTranslation("portal.progress.title")));
        exams = new ExamEditor(EditorRole.APPLICANT, this);
        exams.setHints(form -> {
            boolean step2 = form.exam() == Exam.USMLE_STEP2_CK || form.exam() == Exam.COMLEX_L2_CE;
            return (step2 && form.outcome() == ExamOutcome.SCHEDULED && form.date() != null
                    ? portal.step2Hint(form.date()) : Optional.<org.matchwise.portal.PortalViews.Step2Hint>empty())
                    .map(h -> new Hint(getTranslation(h.late() ? "portal.exam.hint.late" : "portal.exam.hint.onTrack",
                            Labels.date(this, h.scoreBy()), Labels.date(this, h.programsOpen()),
                            String.valueOf(h.matchYear())), h.late()));
        });
        practice = new PracticeEditor(EditorRole.APPLICANT, this);
        experiences = new ExperienceEditor(EditorRole.APPLICANT, this);
        letters = new LetterEditor(EditorRole.APPLICANT, this);
        timeline = new TimelineEditor(EditorRole.APPLICANT, this);
        applications = new Sections.ApplicationSection(this::saveProfile);
        Optional<ApplicantRecord> mine = portal.myRecord();
        if (mine.isEmpty()) {
            add(new NoRecord());
            return;
        }
        add(new Paragraph(getTranslation("portal.progress.help")));
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        conflict.addClassName("mw-conflict");
        conflict.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-error-color-10pct)");
        reload.setText(getTranslation("portal.conflict.reload"));
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> {
            conflict.setVisible(false);
            portal.myRecord().ifPresent(this::show);
        });
        conflict.add(new Paragraph(getTranslation("portal.conflict")), reload);
        tabs.add(getTranslation("portal.tab.exams"), exams);
        tabs.add(getTranslation("portal.tab.practice"), new Div(practiceChart, practice));
        tabs.add(getTranslation("portal.tab.experience"), experiences);
        tabs.add(getTranslation("portal.tab.letters"), letters);
        tabs.add(getTranslation("portal.tab.timeline"), timeline);
        tabs.add(getTranslation("portal.tab.applications", String.valueOf(mine.get().profile().matchYear())), applications);
        tabs.setWidthFull();
        add(conflict, tabs);
        show(mine.get());
    }

    private List<EntryEditor<?, ?>> editors() {
        return List.of(exams, practice, experiences, letters, timeline);
    }

    private void show(ApplicantRecord current) {
        this.record = current;
        editors().forEach(e -> e.show(current));
        practiceChart.show(current.profile());
        applications.show(current);
    }

    /** Stores the edited profile against the version the applicant saw (the applications list's way in). */
    void saveProfile(ApplicantProfile edited) {
        save(edited, getTranslation("portal.saved"));
    }

    @Override
    public ApplicantRecord record() {
        return record;
    }

    @Override
    public boolean save(ApplicantProfile edited, String doneMessage) {
        SaveResult result;
        try {
            result = portal.save(edited, record.version());
        } catch (OptimisticLockingFailureException e) {
            result = new SaveResult.VersionConflict(record.version(), -1);
        }
        switch (result) {
            case SaveResult.Saved saved -> {
                conflict.setVisible(false);
                portal.myRecord().ifPresent(this::show);
                Notification.show(getTranslation("portal.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            case SaveResult.VersionConflict stale -> showConflict();
            case SaveResult.Rejected rejected -> Notification.show(getTranslation("portal.rejected", rejected.message()),
                    6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return result instanceof SaveResult.Saved;
    }

    @Override
    public String words(String reference) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-z]+)\\[(\\d+)]").matcher(reference);
        return m.matches() ? words.entry(record.profile(), m.group(1), Integer.parseInt(m.group(2)), getLocale())
                : reference;
    }

    @Override
    public void notify(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START);
    }

    @Override
    public String requestCorrection(String reference, EntryRequestKind kind, String reason, Object proposed) {
        CorrectionResult result = corrections.requestCorrection(record.id(), reference, kind, reason, proposed);
        return result instanceof CorrectionResult.Refused refused ? refused.message() : null;
    }

    private void showConflict() {
        conflict.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.progress.title");
    }
}
