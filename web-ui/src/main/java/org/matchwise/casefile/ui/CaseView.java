package org.matchwise.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.EntryWords;
import org.matchwise.applicant.FlagService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.ui.EditorRole;
import org.matchwise.applicant.ui.EntryEditor;
import org.matchwise.applicant.ui.ExamEditor;
import org.matchwise.applicant.ui.ExperienceEditor;
import org.matchwise.applicant.ui.LetterEditor;
import org.matchwise.applicant.ui.PracticeEditor;
import org.matchwise.applicant.ui.TimelineEditor;
import org.matchwise.applicant.ui.EntryHost;
import org.matchwise.base.i18n.Labels;
import org.matchwise.casefile.CaseFileService;
import org.matchwise.casefile.CaseViews.CaseFile;
import org.matchwise.casefile.CaseViews.CaseLookup;
import org.matchwise.reportexport.ReportService;

/**
 * An advisor's case: the route {@code applicants/:id}, a header with the verdict, and the case's sections as ARIA tabs
 * (role tablist/tab/tabpanel, aria-selected, arrow keys: Vaadin's Tabs), one component per section. The sections get
 * the case through {@link CaseContext} and never know this view. The record's five lists are edited with the same
 * {@link EntryEditor}s the applicant uses, in the advisor's role. A save that meets a newer version shows "changed by
 * someone else" with Reload; what was typed stays.
 */
@Route("applicants/:id")
@RolesAllowed({"ADMIN", "ADVISOR"})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, CaseContext, EntryHost {

    private final CaseFileService cases;
    private final ApplicantService applicants;
    private final FlagService flagService;
    private final EntryWords words;
    /** The office's time zone (matchwise.time-zone): every time shown is in it. */
    private final ZoneId zone;

    long id;
    CaseFile file;
    private String title = "";

    final H2 heading = new H2();
    final Span verdictBadge = new Span();
    final Div notFound = new Div();
    final Div conflict = new Div();
    final Button reload = new Button();
    /** The section switcher: ARIA tabs above the one section shown (the tab panel). */
    final Tabs tabs = new Tabs();
    final Map<Component, Tab> sectionTabs = new LinkedHashMap<>();
    final Div sectionContent = new Div();
    final Div body = new Div(tabs, sectionContent);
    Component shown;

    final ExamEditor examEditor;
    final PracticeEditor practiceEditor;
    final ExperienceEditor usceEditor;
    final LetterEditor letterEditor;
    final TimelineEditor timelineEditor;

    final OverviewSection overview;
    final TimelineSection timeline;
    final ExamsSection exams;
    final VerticalLayout usce = new VerticalLayout();
    final VerticalLayout letters = new VerticalLayout();
    final FlagsSection flags;
    final PlanSection plan;
    final ExplanationsSection explanations;
    final CyclesSection cycles;
    final NotesSection notes;
    final HistorySection history;

    CaseView(CaseFileService cases, ApplicantService applicants, FlagService flagService, ReportService reports,
            Clock clock, EntryWords words) {
        this.cases = cases;
        this.applicants = applicants;
        this.flagService = flagService;
        this.words = words;
        this.zone = clock.getZone();
        examEditor = new ExamEditor(EditorRole.ADVISOR, this);
        practiceEditor = new PracticeEditor(EditorRole.ADVISOR, this);
        usceEditor = new ExperienceEditor(EditorRole.ADVISOR, this);
        letterEditor = new LetterEditor(EditorRole.ADVISOR, this);
        timelineEditor = new TimelineEditor(EditorRole.ADVISOR, this);
        overview = new OverviewSection(this, reports);
        timeline = new TimelineSection(this, timelineEditor);
        exams = new ExamsSection(this, examEditor, practiceEditor);
        CaseParts.sectionStyle(usce);
        usce.add(usceEditor);
        CaseParts.sectionStyle(letters);
        letters.add(letterEditor);
        flags = new FlagsSection(this);
        plan = new PlanSection(this);
        explanations = new ExplanationsSection(this);
        cycles = new CyclesSection(this);
        notes = new NotesSection(this);
        history = new HistorySection(this, cycles);
        addClassName("mw-case");
        setWidthFull();

        notFound.addClassName("mw-case-not-found");
        notFound.setVisible(false);
        conflict.addClassName("mw-case-conflict");
        conflict.getElement().setAttribute("role", "alert");
        reload.setText(t("casefile.conflict.reload"));
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> load());
        conflict.add(new Span(t("casefile.conflict.message")), reload);
        conflict.setVisible(false);

        verdictBadge.addClassName("mw-verdict");
        var header = new HorizontalLayout(heading, verdictBadge);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("mw-case-header");
        header.setWrap(true);

        tabs.addClassName("mw-sections");
        tabs.getElement().setAttribute("aria-label", t("casefile.sections"));
        section("casefile.tab.overview", overview);
        section("casefile.tab.timeline", timeline);
        section("casefile.tab.exams", exams);
        section("casefile.tab.usce", usce);
        section("casefile.tab.letters", letters);
        section("casefile.tab.flags", flags);
        section("casefile.tab.plan", plan);
        section("casefile.tab.explanations", explanations);
        section("casefile.tab.cycles", cycles);
        section("casefile.tab.notes", notes);
        section("casefile.tab.history", history);
        tabs.addSelectedChangeListener(e -> sectionTabs.forEach((content, tab) -> {
            if (tab == e.getSelectedTab() && content != shown) {
                show(content);
            }
        }));
        sectionContent.addClassName("mw-section-content");
        sectionContent.getElement().setAttribute("role", "tabpanel");
        sectionContent.setWidthFull();
        body.setWidthFull();
        show(overview);
        add(conflict, header, notFound, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> parsed = event.getRouteParameters().get("id").flatMap(CaseView::parseId);
        if (parsed.isEmpty()) {
            showNotFound();
            return;
        }
        id = parsed.get();
        load();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<Long> parseId(String raw) {
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads the case again and redraws every section; the forms keep what the user typed. */
    void load() {
        CaseLookup lookup = cases.open(id);
        if (!(lookup instanceof CaseLookup.Found found)) {
            showNotFound();
            return;
        }
        file = found.file();
        conflict.setVisible(false);
        notFound.setVisible(false);
        body.setVisible(true);
        ApplicantProfile p = file.record().profile();
        title = t("casefile.title", p.name().full());
        heading.setText(p.name().full());
        verdictBadge.setText(label(file.assessment().readiness().verdict()));
        verdictBadge.getElement().setAttribute("data-verdict", file.assessment().readiness().verdict().name());
        for (EntryEditor<?, ?> editor : List.of(examEditor, practiceEditor, usceEditor, letterEditor, timelineEditor)) {
            editor.show(file.record());
        }
        overview.render();
        timeline.render();
        exams.render();
        flags.render();
        plan.render();
        explanations.render();
        cycles.render();
        notes.render();
        history.reset();
        if (shown == history || shown == cycles) {
            history.loadHistory();
        }
    }

    private void showNotFound() {
        file = null;
        title = t("casefile.notFound.title");
        heading.setText(t("casefile.notFound.title"));
        verdictBadge.setText("");
        notFound.removeAll();
        notFound.add(new Paragraph(t("casefile.notFound.text")));
        notFound.setVisible(true);
        body.setVisible(false);
        conflict.setVisible(false);
    }

    private void section(String key, Component content) {
        var tab = new Tab(t(key));
        tab.setId("mw-tab-" + key.substring(key.lastIndexOf('.') + 1));
        sectionTabs.put(content, tab);
        tabs.add(tab);
    }

    /** Shows one section in the tab panel; the history (and the cycles' snapshots) are read when first shown. */
    void show(Component section) {
        shown = section;
        sectionContent.removeAll();
        sectionContent.add(section);
        Tab tab = sectionTabs.get(section);
        if (tabs.getSelectedTab() != tab) {
            tabs.setSelectedTab(tab);
        }
        tab.getId().ifPresent(tabId -> sectionContent.getElement().setAttribute("aria-labelledby", tabId));
        if (section == history || section == cycles) {
            history.loadHistory();
        }
    }

    /** One click verifies an entry the applicant made. */
    void verify(String ref) {
        switch (applicants.verify(id, ref)) {
            case SaveResult.Saved s -> {
                notify(t("casefile.verifiedDone", refLabel(ref)));
                load();
            }
            case SaveResult.VersionConflict c -> showConflict();
            case SaveResult.Rejected r -> notify(r.message());
        }
    }

    // ---------------------------------------------------------------- CaseContext and EntryHost

    @Override
    public long id() {
        return id;
    }

    @Override
    public CaseFile file() {
        return file;
    }

    @Override
    public void reload() {
        load();
    }

    @Override
    public void showConflict() {
        conflict.setVisible(true);
        conflict.getElement().callJsFunction("scrollIntoView");
    }

    @Override
    public CaseFileService cases() {
        return cases;
    }

    @Override
    public FlagService flagService() {
        return flagService;
    }

    @Override
    public String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    @Override
    public String label(Enum<?> value) {
        return Labels.title(value, getLocale());
    }

    @Override
    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(d);
    }

    @Override
    public String instant(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone).format(i);
    }

    /** An entry or evidence reference in words: "exams[2]" as "USMLE Step 1, attempt 3, 10 Jun 2021, passed". */
    @Override
    public String refLabel(String ref) {
        return words.evidence(file == null ? null : file.record().profile(), ref, getLocale());
    }

    @Override
    public Component evidenceLine(List<String> evidence) {
        var s = new Span(t("casefile.evidence", String.join(", ", evidence.stream().map(this::refLabel).toList())));
        s.addClassName("mw-evidence");
        return s;
    }

    @Override
    public Button verifyButton(String ref) {
        var b = new Button(t("casefile.verify"), e -> verify(ref));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClassName("mw-verify");
        b.getElement().setAttribute("aria-label", t("casefile.verifyItem", refLabel(ref)));
        return b;
    }

    @Override
    public void notify(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START);
    }

    @Override
    public ApplicantRecord record() {
        return file.record();
    }

    /**
     * Stores the edited profile against the version read when the case was opened and reads the case again; a stale
     * version shows the conflict and changes nothing. The service recomputes the assessment and flags.
     */
    @Override
    public boolean save(ApplicantProfile next, String done) {
        SaveResult result = applicants.replace(id, next, file.record().version());
        switch (result) {
            case SaveResult.Saved saved -> {
                notify(done);
                load();
            }
            case SaveResult.VersionConflict c -> showConflict();
            case SaveResult.Rejected r -> notify(r.message());
        }
        return result instanceof SaveResult.Saved;
    }

    @Override
    public String words(String reference) {
        return refLabel(reference);
    }

    @Override
    public Component verifyControl(String reference) {
        return verifyButton(reference);
    }
}
