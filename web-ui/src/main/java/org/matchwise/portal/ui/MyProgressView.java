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
import org.matchwise.applicant.SaveResult;
import org.matchwise.portal.PortalService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * "My progress": the applicant updates their own exams (with the Step 2 CK timing hint), practice tests (with
 * the trend chart), clinical experience, letters, timeline and this season's program applications. What
 * they enter shows as unverified until an advisor verifies it. A save that meets a newer version of the
 * record (an advisor changed or verified something meanwhile) changes nothing and says so.
 */
@Route("my/progress")
@RolesAllowed("APPLICANT")
@Menu(title = "portal.nav.progress", order = 10, icon = "vaadin:clipboard-text")
public class MyProgressView extends VerticalLayout implements HasDynamicTitle {

    final Div conflict = new Div();
    final TabSheet tabs = new TabSheet();
    final Sections.ExamSection exams;
    final Sections.PracticeSection practice;
    final Sections.ExperienceSection experiences;
    final Sections.LetterSection letters;
    final Sections.TimelineSection timeline;
    final Sections.ApplicationSection applications;

    private final PortalService portal;
    private ApplicantRecord record;

    MyProgressView(PortalService portal) {
        this.portal = portal;
        setMaxWidth("1200px");
        add(new H2(getTranslation("portal.progress.title")));
        exams = new Sections.ExamSection(portal, this::save);
        practice = new Sections.PracticeSection(this::save);
        experiences = new Sections.ExperienceSection(this::save);
        letters = new Sections.LetterSection(this::save);
        timeline = new Sections.TimelineSection(this::save);
        applications = new Sections.ApplicationSection(this::save);
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
        tabs.add(getTranslation("portal.tab.exams"), exams);
        tabs.add(getTranslation("portal.tab.practice"), practice);
        tabs.add(getTranslation("portal.tab.experience"), experiences);
        tabs.add(getTranslation("portal.tab.letters"), letters);
        tabs.add(getTranslation("portal.tab.timeline"), timeline);
        tabs.add(getTranslation("portal.tab.applications", String.valueOf(mine.get().profile().matchYear())), applications);
        tabs.setWidthFull();
        add(conflict, tabs);
        show(mine.get());
    }

    private List<EntrySection<?, ?>> sections() {
        return List.of(exams, practice, experiences, letters, timeline, applications);
    }

    private void show(ApplicantRecord current) {
        this.record = current;
        sections().forEach(s -> s.show(current));
    }

    /** Stores the edited profile against the version the applicant saw. */
    void save(ApplicantProfile edited) {
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
    }

    private void showConflict() {
        conflict.removeAll();
        Button reload = new Button(getTranslation("portal.conflict.reload"), e -> {
            conflict.setVisible(false);
            portal.myRecord().ifPresent(this::show);
        });
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new Paragraph(getTranslation("portal.conflict")), reload);
        conflict.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.progress.title");
    }
}
