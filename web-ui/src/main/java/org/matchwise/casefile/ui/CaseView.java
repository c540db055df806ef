package org.matchwise.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.ApplicantViews.ChangeView;
import org.matchwise.applicant.ApplicantViews.FlagState;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.ApplicantViews.HistoryView;
import org.matchwise.applicant.ApplicantViews.NoteView;
import org.matchwise.applicant.ApplicantViews.NoteVisibility;
import org.matchwise.applicant.ApplicantViews.SnapshotView;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.FlagService;
import org.matchwise.applicant.FlagService.FlagResult;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.casefile.CaseFileService;
import org.matchwise.casefile.CaseViews.ActionState;
import org.matchwise.casefile.CaseViews.ActionView;
import org.matchwise.casefile.CaseViews.CaseFile;
import org.matchwise.casefile.CaseViews.CaseLookup;
import org.matchwise.casefile.CaseViews.ChangeResult;
import org.matchwise.casefile.CaseViews.DraftView;
import org.matchwise.casefile.CaseViews.NewAction;
import org.matchwise.casefile.ui.EntryEditors.ExamEditor;
import org.matchwise.casefile.ui.EntryEditors.ExperienceEditor;
import org.matchwise.casefile.ui.EntryEditors.LetterEditor;
import org.matchwise.casefile.ui.EntryEditors.PracticeEditor;
import org.matchwise.casefile.ui.EntryEditors.TimelineEditor;
import org.matchwise.charts.Band;
import org.matchwise.charts.Charts;
import org.matchwise.charts.ScorePoint;
import org.matchwise.charts.ScoreTrend;
import org.matchwise.explanation.Finding;
import org.matchwise.explanation.Level;
import org.matchwise.explanation.Placement;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.CycleComparison;
import org.matchwise.readiness.Readiness;
import org.matchwise.readiness.Reason;
import org.matchwise.remediation.Owner;
import org.matchwise.remediation.SuggestedAction;

/**
 * One applicant's case for advisors and admins. The id in the address is handed to the services, which check
 * it against the caller's school: an unknown or foreign id shows "not found". Edits go through the services
 * with the version read when the case was opened; a stale version shows "changed by someone else" with Reload.
 * The record's lists (exam attempts, practice scores, clinical experiences, letters, timeline entries) are edited in
 * {@link EntryEditor}s. The change history and cycle snapshots are read when their sections are first opened.
 */
@Route("applicants/:id")
@RolesAllowed({"ADMIN", "ADVISOR"})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The remediation action form's values. */
    public record ActionForm(FlagCategory category, String title, Owner owner, LocalDate dueDate) {
    }

    /** One entry of a profile list with its reference ("exams[2]") and whether an advisor still has to verify it. */
    record Entry<T>(int index, String ref, T value, boolean unverified) {
    }

    private static final Pattern REF = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private final CaseFileService cases;
    private final ApplicantService applicants;
    private final FlagService flagService;
    private final org.matchwise.reportexport.ReportService reports;
    /** The office's time zone (matchwise.time-zone): every time shown is in it. */
    private final java.time.ZoneId zone;
    private final org.matchwise.applicant.EntryWords words;

    long id;
    CaseFile file;
    private String title = "";

    final H2 heading = new H2();
    final Span verdictBadge = new Span();
    final Div notFound = new Div();
    final Div conflict = new Div();
    final Button reload = new Button();
    /** The section switcher: toggle buttons (aria-pressed) above the one section shown. */
    final Nav sectionNav = new Nav();
    final Div sectionContent = new Div();
    final Div body = new Div(sectionNav, sectionContent);
    final Map<Component, Button> sectionButtons = new LinkedHashMap<>();
    Component shown;

    final VerticalLayout overview = section();
    final VerticalLayout timeline = section();
    final VerticalLayout exams = section();
    final VerticalLayout usce = section();
    final VerticalLayout letters = section();
    final VerticalLayout flags = section();
    final VerticalLayout plan = section();
    final VerticalLayout explanations = section();
    final VerticalLayout cycles = section();
    final VerticalLayout notes = section();
    final VerticalLayout history = section();

    final Paragraph disclaimer = new Paragraph();
    final UnorderedList reasonList = new UnorderedList();
    final UnorderedList checklist = new UnorderedList();
    final UnorderedList timelineList = new UnorderedList();
    final Div gaps = new Div();
    final Div scoreChart = new Div();
    final Grid<FlagView> flagGrid = new Grid<>();
    final Grid<ActionView> actionGrid = new Grid<>();
    final Grid<SuggestedAction> suggestionGrid = new Grid<>();
    final Div draftList = new Div();
    final Grid<Cycle> cycleGrid = new Grid<>();
    final Div comparison = new Div();
    final Grid<SnapshotView> snapshotGrid = new Grid<>();
    final Div noteList = new Div();
    final Grid<ChangeView> historyGrid = new Grid<>();
    boolean historyLoaded;

    // the record's lists: a grid with Edit and Remove, and a form that adds or edits (bound to EntryForms and CaseForms records)
    final ExamEditor examEditor;
    final PracticeEditor practiceEditor;
    final ExperienceEditor usceEditor;
    final LetterEditor letterEditor;
    final TimelineEditor timelineEditor;

    // flags
    final Select<Severity> manualSeverity = new Select<>();
    final TextField manualMessage = new TextField();
    final Button addManualFlag = new Button();
    /** Issue 11: a manual flag stays with the office unless the advisor shares it (default off). */
    final Checkbox manualShared = new Checkbox();
    final TextArea addressedNote = new TextArea();
    final Button markAddressed = new Button();
    FlagView addressing;
    final Div addressForm = new Div();

    // plan (bound to ActionForm)
    final Binder<ActionForm> actionBinder = new Binder<>(ActionForm.class);
    final ComboBox<FlagCategory> suggestFor = new ComboBox<>();
    final ComboBox<FlagCategory> actionCategory = new ComboBox<>();
    final TextField actionTitle = new TextField();
    final Select<Owner> actionOwner = new Select<>();
    final DatePicker actionDue = new DatePicker();
    final Button addAction = new Button();
    final Select<ActionState> actionState = new Select<>();
    final TextArea actionEvidence = new TextArea();
    /** Issue 11: evidence marked internal never reaches the applicant; the line below says who will see it. */
    final Checkbox actionEvidenceInternal = new Checkbox();
    final Span actionEvidenceAudience = new Span();
    final TextField revisedTitle = new TextField();
    final Select<Owner> revisedOwner = new Select<>();
    final DatePicker revisedDue = new DatePicker();
    final Button saveProgress = new Button();
    ActionView progressing;

    // explanations
    final ComboBox<FlagCategory> draftCategory = new ComboBox<>();
    final Select<Placement> draftPlacement = new Select<>();
    final TextArea draftBody = new TextArea();
    final Button addDraft = new Button();

    // notes
    final RadioButtonGroup<NoteVisibility> noteVisibility = new RadioButtonGroup<>();
    final TextArea noteText = new TextArea();
    final Button addNote = new Button();

    CaseView(CaseFileService cases, ApplicantService applicants, FlagService flagService,
            org.matchwise.reportexport.ReportService reports, java.time.Clock clock,
            org.matchwise.applicant.EntryWords words) {
        this.zone = clock.getZone();
        this.words = words;
        this.reports = reports;
        this.cases = cases;
        this.applicants = applicants;
        this.flagService = flagService;
        examEditor = new ExamEditor(this);
        practiceEditor = new PracticeEditor(this);
        usceEditor = new ExperienceEditor(this);
        letterEditor = new LetterEditor(this);
        timelineEditor = new TimelineEditor(this);
        addClassName("mw-case");
        setWidthFull();

        notFound.addClassName("mw-case-not-found");
        notFound.setVisible(false);

        conflict.addClassName("mw-case-conflict");
        conflict.getElement().setAttribute("role", "alert");
        reload.setText(t("casefile.conflict.reload"));
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> reloadAfterConflict());
        conflict.add(new Span(t("casefile.conflict.message")), reload);
        conflict.setVisible(false);

        verdictBadge.addClassName("mw-verdict");
        var header = new HorizontalLayout(heading, verdictBadge);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("mw-case-header");
        header.setWrap(true);

        sectionNav.addClassName("mw-sections");
        sectionNav.getElement().setAttribute("aria-label", t("casefile.sections"));
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
        sectionContent.addClassName("mw-section-content");
        sectionContent.setWidthFull();
        body.setWidthFull();
        show(overview);

        buildForms();
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
        Readiness readiness = file.assessment().readiness();
        verdictBadge.setText(label(readiness.verdict()));
        verdictBadge.getElement().setAttribute("data-verdict", readiness.verdict().name());
        for (EntryEditor<?, ?> editor : List.of(examEditor, practiceEditor, usceEditor, letterEditor, timelineEditor)) {
            editor.show(file.record());
        }
        renderOverview();
        renderTimeline();
        renderExams();
        renderUsce();
        renderLetters();
        renderFlags();
        renderPlan();
        renderExplanations();
        renderCycles();
        renderNotes();
        historyLoaded = false;
        history.removeAll();
        history.add(new Paragraph(t("casefile.history.loading")));
        if (shown == history || shown == cycles) {
            loadHistory();
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

    void showConflict() {
        conflict.setVisible(true);
        conflict.getElement().callJsFunction("scrollIntoView");
    }

    /** Reads the case again; the editors' forms keep what was typed (an edit whose entry changed is given up). */
    private void reloadAfterConflict() {
        load();
    }

    /**
     * Stores the edited profile against the version read when the case was opened and reads the case again; a
     * stale version shows the conflict and changes nothing. The service recomputes the assessment and flags.
     */
    SaveResult saveProfile(ApplicantProfile next) {
        return saveProfile(next, t("casefile.saved"));
    }

    SaveResult saveProfile(ApplicantProfile next, String done) {
        SaveResult result = applicants.replace(id, next, file.record().version());
        switch (result) {
            case SaveResult.Saved saved -> {
                notify(done);
                load();
            }
            case SaveResult.VersionConflict c -> showConflict();
            case SaveResult.Rejected r -> notify(r.message());
        }
        return result;
    }

    private void section(String key, Component content) {
        var button = new Button(t(key), e -> show(content));
        button.addClassName("mw-section-button");
        sectionButtons.put(content, button);
        sectionNav.add(button);
    }

    /** Shows one section; the history (and the cycles' snapshots) are read when first shown. */
    void show(Component section) {
        shown = section;
        sectionContent.removeAll();
        sectionContent.add(section);
        sectionButtons.forEach((content, button) -> {
            boolean on = content == section;
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        if (section == history || section == cycles) {
            loadHistory();
        }
    }

    // ---------------------------------------------------------------- overview

    private void renderOverview() {
        overview.removeAll();
        Readiness r = file.assessment().readiness();
        ApplicantRecord rec = file.record();
        ApplicantProfile p = rec.profile();

        var facts = new Div();
        facts.addClassName("mw-facts");
        facts.add(fact(t("casefile.overview.matchYear"), String.valueOf(p.matchYear())),
                fact(t("casefile.overview.type"), p.applicantType() == null ? "" : label(p.applicantType())),
                fact(t("casefile.overview.targets"), String.join(", ", p.targetSpecialties().stream().map(this::label).toList())),
                fact(t("casefile.overview.school"), p.medicalSchool() == null ? "" : p.medicalSchool().name()
                        + (p.medicalSchool().country() == null ? "" : " (" + p.medicalSchool().country() + ")")),
                fact(t("casefile.overview.ruleSet"), String.valueOf(file.assessment().ruleSet().version())));

        var verdict = new H3(t("casefile.overview.verdict", label(r.verdict())));
        disclaimer.setText(t("casefile.disclaimer"));
        disclaimer.addClassName("mw-disclaimer");

        reasonList.removeAll();
        for (Reason reason : r.reasons()) {
            var item = new ListItem();
            item.addClassName("mw-reason");
            if (reason.rule() != null) {
                item.add(badge(reason.rule().name(), "mw-rule"));
            }
            if (reason.severity() != null) {
                item.add(badge(label(reason.severity()), "mw-sev-" + reason.severity().name().toLowerCase(Locale.ROOT)));
            }
            if (reason.blocking()) {
                item.add(badge(t("casefile.overview.blocking"), "mw-blocking"));
            }
            item.add(new Span(reason.text()));
            if (!reason.evidence().isEmpty()) {
                item.add(evidenceLine(reason.evidence()));
            }
            reasonList.add(item);
        }
        checklist.removeAll();
        for (ChecklistItem c : r.checklist()) {
            var item = new ListItem(new Span(c.text()));
            if (!c.evidence().isEmpty()) {
                item.add(evidenceLine(c.evidence()));
            }
            checklist.add(item);
        }

        overview.add(facts, new org.matchwise.reportexport.ui.ReportDownloads(reports, rec.id()), verdict, disclaimer,
                new H3(t("casefile.overview.reasons")),
                r.reasons().isEmpty() ? new Paragraph(t("casefile.overview.noReasons")) : reasonList,
                new H3(r.season() == org.matchwise.readiness.SeasonPhase.PREPARING ? t("casefile.overview.checklist")
                        : label(r.season())),
                r.checklist().isEmpty() ? new Paragraph(t("casefile.overview.checklistDone")) : checklist);

        overview.add(new H3(t("casefile.overview.unverified")));
        if (rec.unverified().isEmpty()) {
            overview.add(new Paragraph(t("casefile.overview.allVerified")));
        } else {
            var list = new UnorderedList();
            for (String ref : rec.unverified()) {
                var item = new ListItem(new Span(refLabel(ref)));
                item.add(verifyButton(ref));
                list.add(item);
            }
            overview.add(list);
        }
    }

    // ---------------------------------------------------------------- timeline

    private record TimelineItem(LocalDate start, LocalDate end, String kind, String text, String ref, boolean unverified,
            boolean leave) {
    }

    private void renderTimeline() {
        timeline.removeAll();
        ApplicantProfile p = file.record().profile();
        List<TimelineItem> items = new ArrayList<>();
        if (p.matriculationDate() != null) {
            items.add(new TimelineItem(p.matriculationDate(), p.graduationDate(), t("casefile.timeline.medicalSchool"),
                    p.medicalSchool() == null ? "" : p.medicalSchool().name(), null, false, false));
        }
        for (Entry<TimelineEntry> e : entries("timeline", p.timeline())) {
            TimelineEntry te = e.value();
            String text = (te.title() == null ? "" : te.title())
                    + (te.reason() == null ? "" : " (" + label(te.reason()) + ")");
            items.add(new TimelineItem(te.start(), te.end(), label(te.kind()), text, e.ref(), e.unverified(), te.isLeave()));
        }
        for (Entry<ExamAttempt> e : entries("exams", p.exams())) {
            ExamAttempt a = e.value();
            items.add(new TimelineItem(a.date(), null, t("casefile.timeline.exam"), label(a.exam()) + ": "
                    + label(a.outcome()) + (a.score() == null ? "" : " " + a.score()), e.ref(), e.unverified(), false));
        }
        for (Entry<ClinicalExperience> e : entries("clinicalExperiences", p.clinicalExperiences())) {
            ClinicalExperience c = e.value();
            items.add(new TimelineItem(c.start(), c.end(), c.us() ? t("casefile.timeline.usce") : t("casefile.timeline.clinical"),
                    label(c.kind()) + ", " + label(c.specialty()) + (c.institution() == null ? "" : ", " + c.institution()),
                    e.ref(), e.unverified(), false));
        }
        items.sort(Comparator.comparing(TimelineItem::start));

        gaps.removeAll();
        gaps.addClassName("mw-gaps");
        Optional<FlagView> gapFlag = file.flags().stream()
                .filter(f -> f.rule() == RuleId.R5 && f.state() != FlagState.CLOSED).findFirst();
        gaps.add(new H3(t("casefile.timeline.gaps")));
        gaps.add(gapFlag.<Component>map(f -> new Paragraph(f.message()))
                .orElseGet(() -> new Paragraph(t("casefile.timeline.noGaps"))));

        timelineList.removeAll();
        timelineList.addClassName("mw-timeline");
        for (TimelineItem item : items) {
            var li = new ListItem();
            li.addClassName(item.leave() ? "mw-timeline-leave" : "mw-timeline-item");
            // an exam is a day; a stretch without an end is ongoing
            boolean day = item.ref() != null && item.ref().startsWith("exams[");
            var when = new Span(day ? date(item.start())
                    : date(item.start()) + " – " + (item.end() == null ? t("casefile.ongoing") : date(item.end())));
            when.addClassName("mw-when");
            li.add(when, badge(item.kind(), "mw-kind"), new Span(item.text()));
            if (item.unverified()) {
                li.add(unverifiedMark());
            }
            timelineList.add(li);
        }
        timeline.add(gaps, new H3(t("casefile.timeline.entries")),
                items.isEmpty() ? new Paragraph(t("casefile.timeline.empty")) : timelineList,
                new H3(t("casefile.timeline.list")), timelineEditor);
    }

    // ---------------------------------------------------------------- exams

    private void renderExams() {
        exams.removeAll();
        ApplicantProfile p = file.record().profile();

        scoreChart.removeAll();
        scoreChart.addClassName("mw-chart");
        List<ScorePoint> points = p.practiceAssessments().stream()
                .filter(a -> a.predictedScore() != null && a.date() != null)
                .map(a -> new ScorePoint(a.date(), a.predictedScore(), a.form() == null ? "" : a.form())).toList();
        String bandText = file.target() == null
                ? t("casefile.exams.noBand", p.primarySpecialty() == null ? "" : label(p.primarySpecialty()))
                : t("casefile.exams.band", label(p.primarySpecialty()), file.target().low(), file.target().high());
        if (points.isEmpty()) {
            scoreChart.add(new Paragraph(t("casefile.exams.noPractice")), new Paragraph(bandText));
        } else {
            String description = t("casefile.exams.chartDescription", points.size(),
                    (int) points.stream().mapToDouble(ScorePoint::score).min().orElse(0),
                    (int) points.stream().mapToDouble(ScorePoint::score).max().orElse(0), bandText);
            Band band = file.target() == null ? null
                    : new Band(file.target().low(), file.target().high(), t("casefile.exams.bandLabel"));
            String svg = Charts.scoreTrend(new ScoreTrend(t("casefile.exams.chartTitle"), description,
                    t("casefile.exams.scoreAxis"), t("casefile.exams.series"), points, band, getLocale()), 640, 300);
            int start = svg.indexOf("<svg");
            scoreChart.add(new Html("<div class=\"mw-svg\">" + (start < 0 ? svg : svg.substring(start)) + "</div>"));
            scoreChart.add(new Paragraph(bandText));
        }
        exams.add(new H3(t("casefile.exams.attempts")), examEditor, new H3(t("casefile.exams.practice")), scoreChart,
                practiceEditor);
    }

    // ---------------------------------------------------------------- USCE and letters

    private void renderUsce() {
        if (usce.getComponentCount() == 0) {
            usce.add(usceEditor);
        }
    }

    private void renderLetters() {
        if (letters.getComponentCount() == 0) {
            letters.add(letterEditor);
        }
    }

    // ---------------------------------------------------------------- flags

    private void renderFlags() {
        flags.removeAll();
        addressing = null;
        addressForm.setVisible(false);
        flagGrid.setItems(file.flags());
        var manual = new Div(new H3(t("casefile.flags.manual")), new HorizontalLayout(manualSeverity, manualMessage),
                manualShared, addManualFlag);
        manual.addClassName("mw-form");
        flags.add(file.flags().isEmpty() ? new Paragraph(t("casefile.flags.empty")) : flagGrid, addressForm, manual);
    }

    void startAddressing(FlagView flag) {
        addressing = flag;
        addressForm.removeAll();
        addressedNote.clear();
        addressedNote.setInvalid(false);
        addressForm.add(new H3(t("casefile.flags.addressTitle", flag.rule().name(), label(flag.category()))),
                addressedNote, markAddressed);
        addressForm.setVisible(true);
        addressedNote.focus();
    }

    private void markAddressed() {
        if (addressing == null) {
            return;
        }
        if (addressedNote.getValue().isBlank()) {
            addressedNote.setErrorMessage(t("casefile.flags.noteRequired"));
            addressedNote.setInvalid(true);
            return;
        }
        FlagResult result = flagService.markAddressed(id, addressing.id(), addressedNote.getValue());
        if (result instanceof FlagResult.Refused refused) {
            addressedNote.setErrorMessage(refused.message());
            addressedNote.setInvalid(true);
            return;
        }
        notify(t("casefile.flags.addressed"));
        load();
    }

    private void addManualFlag() {
        boolean ok = true;
        if (manualSeverity.getValue() == null) {
            manualSeverity.setErrorMessage(t("casefile.required"));
            manualSeverity.setInvalid(true);
            ok = false;
        }
        if (manualMessage.getValue().isBlank()) {
            manualMessage.setErrorMessage(t("casefile.required"));
            manualMessage.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        FlagResult result = flagService.addManualFlag(id, manualSeverity.getValue(), manualMessage.getValue(),
                manualShared.getValue());
        if (result instanceof FlagResult.Refused refused) {
            notify(refused.message());
            return;
        }
        manualMessage.clear();
        manualSeverity.clear();
        manualShared.setValue(false);
        notify(t("casefile.flags.added"));
        load();
    }

    // ---------------------------------------------------------------- plan

    private void renderPlan() {
        plan.removeAll();
        progressing = null;
        actionGrid.setItems(file.actions());
        List<FlagCategory> open = file.flags().stream().filter(f -> f.state() == FlagState.OPEN)
                .map(FlagView::category).distinct().toList();
        if (suggestFor.getValue() == null && !open.isEmpty()) {
            suggestFor.setValue(open.getFirst());
        } else {
            showSuggestions();
        }
        var revision = new HorizontalLayout(revisedTitle, revisedOwner, revisedDue);
        revision.setWrap(true);
        var progress = new Div(new H3(t("casefile.plan.progress")), revision,
                new HorizontalLayout(actionState, actionEvidence), actionEvidenceInternal, actionEvidenceAudience, saveProgress);
        progress.addClassName("mw-form");
        progress.setVisible(false);
        progress.setId("mw-plan-progress");
        var form = new Div(new H3(t("casefile.plan.add")),
                new HorizontalLayout(actionCategory, actionTitle, actionOwner, actionDue), addAction);
        form.addClassName("mw-form");
        ((HorizontalLayout) form.getComponentAt(1)).setWrap(true);
        plan.add(file.actions().isEmpty() ? new Paragraph(t("casefile.plan.empty")) : actionGrid, progress,
                new H3(t("casefile.plan.suggestions")), suggestFor, suggestionGrid, form);
    }

    private void showSuggestions() {
        suggestionGrid.setItems(file == null || suggestFor.getValue() == null ? List.of()
                : cases.suggestions(id, suggestFor.getValue()));
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
        ChangeResult result = cases.addAction(id, new NewAction(form.category(), form.title(), form.owner(), form.dueDate()));
        if (result instanceof ChangeResult.Refused refused) {
            notify(t(refused.code()));
            return;
        }
        actionBinder.readRecord(new ActionForm(null, "", null, null));
        actionCategory.setInvalid(false);
        actionTitle.setInvalid(false);
        actionOwner.setInvalid(false);
        notify(t("casefile.plan.added"));
        load();
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
        plan.getChildren().filter(c -> "mw-plan-progress".equals(c.getId().orElse(null))).findFirst()
                .ifPresent(c -> c.setVisible(true));
        actionState.focus();
    }

    /** Tells the advisor, before saving, whether the applicant will see the evidence (issue 14 item 8). */
    void showEvidenceAudience() {
        actionEvidenceAudience.setText(t(actionEvidenceInternal.getValue() ? "casefile.plan.evidenceInternalHint"
                : actionEvidence.getValue().isBlank() ? "casefile.plan.evidenceVisibleHint" : "casefile.plan.evidenceVisibleNow"));
    }

    private void saveProgress() {
        if (progressing == null) {
            return;
        }
        if (revisedTitle.getValue().isBlank()) {
            revisedTitle.setErrorMessage(t("casefile.required"));
            revisedTitle.setInvalid(true);
            revisedTitle.focus();
            return;
        }
        ChangeResult result = cases.reviseAction(id, progressing.id(), progressing.version(),
                new NewAction(progressing.category(), revisedTitle.getValue(), revisedOwner.getValue(), revisedDue.getValue()),
                actionState.getValue(), actionEvidence.getValue(), actionEvidenceInternal.getValue());
        switch (result) {
            case ChangeResult.Done done -> {
                notify(t("casefile.saved"));
                load();
            }
            case ChangeResult.Conflict c -> showConflict();
            case ChangeResult.Refused r -> notify(t(r.code()));
        }
    }

    // ---------------------------------------------------------------- explanations

    private void renderExplanations() {
        explanations.removeAll();
        draftList.removeAll();
        for (DraftView d : file.drafts()) {
            draftList.add(draftCard(d));
        }
        var form = new Div(new H3(t("casefile.drafts.add")), new HorizontalLayout(draftCategory, draftPlacement), draftBody,
                addDraft);
        form.addClassName("mw-form");
        explanations.add(file.drafts().isEmpty() ? new Paragraph(t("casefile.drafts.empty")) : draftList, form);
    }

    private Component draftCard(DraftView d) {
        var card = new Div();
        card.addClassName("mw-draft");
        var head = new H3(t("casefile.drafts.heading", label(d.category()), label(d.placement()), label(d.state())));
        var text = new Html("<div class=\"mw-draft-text\">" + highlighted(d.body(), d.report().findings()) + "</div>");
        var findings = new UnorderedList();
        findings.addClassName("mw-findings");
        if (d.report().findings().isEmpty()) {
            findings.add(new ListItem(t("casefile.drafts.noFindings")));
        }
        for (Finding f : d.report().findings()) {
            var li = new ListItem(badge(label(f.level()), f.level() == Level.PROBLEM ? "mw-problem" : "mw-advice"),
                    new Span(f.message()));
            if (f.span() != null && f.span().length() > 0 && f.span().length() < d.body().length()) {
                var quote = new Span("“" + f.span().of(d.body()) + "”");
                quote.addClassName("mw-quote");
                li.add(quote);
            }
            findings.add(li);
        }
        var side = new Div(new Span(t("casefile.drafts.findings")), findings);
        side.addClassName("mw-draft-side");
        var body = new Div(text, side);
        body.addClassName("mw-draft-body");
        card.add(head, body);
        if (d.advisorComment() != null) {
            card.add(new Paragraph(t("casefile.drafts.comment", d.advisorComment())));
        }
        var comment = new TextArea(t("casefile.drafts.reviewComment"));
        comment.setWidthFull();
        var review = new Button(t("casefile.drafts.review"), e -> {
            ChangeResult r = cases.review(id, d.id(), comment.getValue());
            if (r instanceof ChangeResult.Refused refused) {
                comment.setErrorMessage(t(refused.code()));
                comment.setInvalid(true);
                return;
            }
            notify(t("casefile.saved"));
            load();
        });
        card.add(comment, review);
        return card;
    }

    /** The draft as HTML with every finding's span marked (overlapping spans merged). */
    static String highlighted(String body, List<Finding> findings) {
        List<org.matchwise.explanation.Span> spans = findings.stream().map(Finding::span)
                .filter(s -> s != null && s.length() > 0 && s.length() < body.length())
                .sorted(Comparator.comparingInt(org.matchwise.explanation.Span::start)).toList();
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (org.matchwise.explanation.Span s : spans) {
            int start = Math.max(s.start(), cursor);
            int end = Math.min(s.end(), body.length());
            if (end <= start) {
                continue;
            }
            out.append(escape(body.substring(cursor, start))).append("<mark>")
                    .append(escape(body.substring(start, end))).append("</mark>");
            cursor = end;
        }
        out.append(escape(body.substring(cursor)));
        return out.toString().replace("\n", "<br>");
    }

    private void addDraft() {
        boolean ok = required(draftCategory) & required(draftPlacement) & required(draftBody);
        if (!ok) {
            return;
        }
        ChangeResult r = cases.addDraft(id, draftCategory.getValue(), draftPlacement.getValue(), draftBody.getValue());
        if (r instanceof ChangeResult.Refused refused) {
            notify(t(refused.code()));
            return;
        }
        draftBody.clear();
        notify(t("casefile.saved"));
        load();
    }

    // ---------------------------------------------------------------- cycles and history

    private void renderCycles() {
        cycles.removeAll();
        cycleGrid.setItems(file.record().profile().cycles());
        comparison.removeAll();
        CycleComparison c = file.assessment().readiness().cycleComparison();
        if (c == null) {
            comparison.add(new Paragraph(t("casefile.cycles.firstCycle")));
        } else {
            comparison.add(new Paragraph(t("casefile.cycles.since", c.lastUnmatchedMatchYear(), date(c.since()))));
            var list = new UnorderedList(
                    new ListItem(t("casefile.cycles.handsOn", String.format(getLocale(), "%.1f", c.newUsHandsOnMonths()))),
                    new ListItem(t("casefile.cycles.newClinical", c.newClinicalExperiences().size())),
                    new ListItem(t("casefile.cycles.newLetters", c.newLetters().size())),
                    new ListItem(t("casefile.cycles.newExams", c.newExamResults().size())),
                    new ListItem(t("casefile.cycles.newResearch", c.newResearch().size())),
                    new ListItem(t("casefile.cycles.newTimeline", c.newTimelineEntries().size())));
            comparison.add(list);
            if (c.nothingChanged()) {
                comparison.add(badge(t("casefile.cycles.nothingChanged"), "mw-blocking"));
            }
        }
        cycles.add(new H3(t("casefile.cycles.list")),
                file.record().profile().cycles().isEmpty() ? new Paragraph(t("casefile.cycles.empty")) : cycleGrid,
                new H3(t("casefile.cycles.comparison")), comparison, new H3(t("casefile.cycles.snapshots")), snapshotGrid);
        snapshotGrid.setItems(List.of());
    }

    void loadHistory() {
        if (historyLoaded || file == null) {
            return;
        }
        historyLoaded = true;
        Optional<HistoryView> view = cases.history(id);
        history.removeAll();
        if (view.isEmpty()) {
            history.add(new Paragraph(t("casefile.notFound.text")));
            return;
        }
        List<ChangeView> changes = view.get().changes().reversed();
        historyGrid.setItems(changes);
        history.add(changes.isEmpty() ? new Paragraph(t("casefile.history.empty")) : historyGrid);
        snapshotGrid.setItems(view.get().snapshots());
    }

    // ---------------------------------------------------------------- notes

    private void renderNotes() {
        notes.removeAll();
        noteList.removeAll();
        for (NoteView n : file.notes()) {
            var card = new Div();
            card.addClassName("mw-note");
            var meta = new Span(t("casefile.notes.meta", n.authorName(), instant(n.createdAt())));
            meta.addClassName("mw-when");
            card.add(meta, badge(label(n.visibility()), n.visibility() == NoteVisibility.PRIVATE ? "mw-private" : "mw-shared"),
                    new Paragraph(n.text()));
            noteList.add(card);
        }
        var form = new Div(new H3(t("casefile.notes.add")), noteVisibility, noteText, addNote);
        form.addClassName("mw-form");
        notes.add(file.notes().isEmpty() ? new Paragraph(t("casefile.notes.empty")) : noteList, form);
    }

    private void addNote() {
        if (!required(noteText)) {
            return;
        }
        ChangeResult r = cases.addNote(id, noteVisibility.getValue(), noteText.getValue());
        if (r instanceof ChangeResult.Refused refused) {
            notify(t(refused.code()));
            return;
        }
        noteText.clear();
        notify(t("casefile.saved"));
        load();
    }

    // ---------------------------------------------------------------- forms and grids, built once

    private void buildForms() {
        // rule with category, and severity with pattern, share columns, so the finding keeps room at tablet width
        flagGrid.addColumn(f -> f.rule().name() + " · " + label(f.category())).setHeader(t("casefile.flags.flag"))
                .setWidth("8em").setFlexGrow(1);
        flagGrid.addColumn(f -> label(f.severity()) + (f.pattern() == null ? "" : ", " + label(f.pattern())))
                .setHeader(t("casefile.flags.severityPattern")).setWidth("7em").setFlexGrow(1);
        flagGrid.addColumn(f -> f.message() + (f.shared() ? " (" + t("casefile.flags.sharedMark") + ")" : "")
                + (f.evidence().isEmpty() ? ""
                : " — " + t("casefile.evidence", String.join(", ", f.evidence().stream().map(this::refLabel).toList()))))
                .setHeader(t("casefile.flags.evidence")).setWidth("12em").setFlexGrow(4);
        flagGrid.addColumn(f -> label(f.state()) + (f.addressedNote() == null ? "" : ": " + f.addressedNote()))
                .setHeader(t("casefile.flags.status")).setWidth("6em").setFlexGrow(1);
        flagGrid.addComponentColumn(f -> {
            if (f.state() != FlagState.OPEN) {
                return new Span();
            }
            var b = new Button(t("casefile.flags.markAddressed"), e -> startAddressing(f));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.getElement().setAttribute("aria-label", t("casefile.flags.markAddressedFor", f.rule().name(), label(f.category())));
            return b;
        }).setHeader(t("casefile.actions")).setAutoWidth(true).setFlexGrow(0);
        gridStyle(flagGrid);
        flagGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addressedNote.setLabel(t("casefile.flags.note"));
        addressedNote.setWidthFull();
        markAddressed.setText(t("casefile.flags.markAddressed"));
        markAddressed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markAddressed.addClickListener(e -> markAddressed());
        addressForm.addClassName("mw-form");
        addressForm.setVisible(false);
        manualSeverity.setLabel(t("casefile.flags.severity"));
        manualSeverity.setItems(Severity.values());
        manualSeverity.setItemLabelGenerator(this::label);
        manualMessage.setLabel(t("casefile.flags.message"));
        manualMessage.setWidth("28em");
        manualMessage.setMaxLength(500);
        manualShared.setLabel(t("casefile.flags.share"));
        manualShared.setValue(false);
        addManualFlag.setText(t("casefile.flags.addManual"));
        addManualFlag.addClickListener(e -> addManualFlag());

        actionGrid.addColumn(a -> a.title()).setHeader(t("casefile.plan.title")).setFlexGrow(3);
        actionGrid.addColumn(a -> label(a.category())).setHeader(t("casefile.flags.category")).setAutoWidth(true);
        actionGrid.addColumn(a -> label(a.owner())).setHeader(t("casefile.plan.owner")).setAutoWidth(true);
        actionGrid.addColumn(a -> date(a.dueDate())).setHeader(t("casefile.plan.due")).setAutoWidth(true);
        actionGrid.addColumn(a -> label(a.state())).setHeader(t("casefile.plan.status")).setAutoWidth(true);
        actionGrid.addColumn(a -> a.evidence() == null ? "" : a.evidence()).setHeader(t("casefile.plan.evidence")).setFlexGrow(2);
        actionGrid.addComponentColumn(a -> {
            var b = new Button(t("casefile.plan.update"), e -> startProgress(a));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.getElement().setAttribute("aria-label", t("casefile.plan.updateFor", a.title()));
            return b;
        }).setHeader(t("casefile.actions")).setAutoWidth(true);
        gridStyle(actionGrid);
        actionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        revisedTitle.setLabel(t("casefile.plan.title"));
        revisedTitle.setWidth("24em");
        revisedTitle.setMaxLength(500);
        revisedTitle.setRequiredIndicatorVisible(true);
        revisedOwner.setLabel(t("casefile.plan.owner"));
        revisedOwner.setItems(Owner.values());
        revisedOwner.setItemLabelGenerator(this::label);
        revisedOwner.setEmptySelectionAllowed(false);
        revisedDue.setLabel(t("casefile.plan.due"));
        actionState.setLabel(t("casefile.plan.status"));
        actionState.setItems(ActionState.values());
        actionState.setItemLabelGenerator(this::label);
        actionEvidence.setLabel(t("casefile.plan.evidence"));
        actionEvidence.setWidth("28em");
        actionEvidenceInternal.setLabel(t("casefile.plan.evidenceInternal"));
        actionEvidenceInternal.addValueChangeListener(e -> showEvidenceAudience());
        actionEvidence.addValueChangeListener(e -> showEvidenceAudience());
        actionEvidenceAudience.addClassName("mw-hint");
        actionEvidenceAudience.setId("mw-evidence-audience");
        saveProgress.setText(t("casefile.save"));
        saveProgress.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveProgress.addClickListener(e -> saveProgress());

        suggestFor.setLabel(t("casefile.plan.suggestFor"));
        suggestFor.setItems(FlagCategory.values());
        suggestFor.setItemLabelGenerator(this::label);
        suggestFor.setWidth("20em");
        suggestFor.addValueChangeListener(e -> showSuggestions());
        suggestionGrid.addColumn(SuggestedAction::title).setHeader(t("casefile.plan.title")).setFlexGrow(2);
        suggestionGrid.addColumn(SuggestedAction::description).setHeader(t("casefile.plan.description")).setFlexGrow(3);
        suggestionGrid.addColumn(s -> label(s.owner())).setHeader(t("casefile.plan.owner")).setAutoWidth(true);
        suggestionGrid.addColumn(s -> date(s.due())).setHeader(t("casefile.plan.due")).setAutoWidth(true);
        suggestionGrid.addComponentColumn(s -> {
            var b = new Button(t("casefile.plan.use"), e -> useSuggestion(s));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.addClassName("mw-use-suggestion");
            b.getElement().setAttribute("aria-label", t("casefile.plan.useFor", s.title()));
            return b;
        }).setHeader(t("casefile.actions")).setAutoWidth(true);
        gridStyle(suggestionGrid);
        suggestionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        actionCategory.setLabel(t("casefile.flags.category"));
        actionCategory.setItems(FlagCategory.values());
        actionCategory.setItemLabelGenerator(this::label);
        actionTitle.setLabel(t("casefile.plan.title"));
        actionTitle.setWidth("24em");
        actionTitle.setMaxLength(500);
        actionOwner.setLabel(t("casefile.plan.owner"));
        actionOwner.setItems(Owner.values());
        actionOwner.setItemLabelGenerator(this::label);
        actionDue.setLabel(t("casefile.plan.due"));
        actionBinder.forField(actionCategory).asRequired(t("casefile.required")).bind("category");
        actionBinder.forField(actionTitle).asRequired(t("casefile.required"))
                .withValidator(s -> s.length() <= 500, t("casefile.tooLong")).bind("title");
        actionBinder.forField(actionOwner).withValidator(Objects::nonNull, t("casefile.required")).bind("owner");
        actionBinder.forField(actionDue).bind("dueDate");
        addAction.setText(t("casefile.plan.addButton"));
        addAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAction.addClickListener(e -> addAction());

        draftCategory.setLabel(t("casefile.flags.category"));
        draftCategory.setItems(FlagCategory.values());
        draftCategory.setItemLabelGenerator(this::label);
        draftPlacement.setLabel(t("casefile.drafts.placement"));
        draftPlacement.setItems(Placement.values());
        draftPlacement.setItemLabelGenerator(this::label);
        draftBody.setLabel(t("casefile.drafts.text"));
        draftBody.setWidthFull();
        draftBody.setMinHeight("8em");
        addDraft.setText(t("casefile.drafts.addButton"));
        addDraft.addClickListener(e -> addDraft());

        cycleGrid.addColumn(Cycle::matchYear).setHeader(t("casefile.cycles.matchYear")).setAutoWidth(true);
        cycleGrid.addColumn(c -> label(c.outcome())).setHeader(t("casefile.cycles.outcome")).setAutoWidth(true);
        cycleGrid.addColumn(Cycle::programsApplied).setHeader(t("casefile.cycles.programs")).setAutoWidth(true);
        cycleGrid.addColumn(c -> c.feedback() == null ? "" : c.feedback()).setHeader(t("casefile.cycles.feedback")).setFlexGrow(3);
        gridStyle(cycleGrid);
        snapshotGrid.addColumn(SnapshotView::matchYear).setHeader(t("casefile.cycles.matchYear")).setAutoWidth(true);
        snapshotGrid.addColumn(s -> t("casefile.snapshot." + s.kind())).setHeader(t("casefile.cycles.snapshotKind")).setAutoWidth(true);
        snapshotGrid.addColumn(s -> instant(s.takenAt())).setHeader(t("casefile.history.when")).setAutoWidth(true);
        snapshotGrid.addColumn(s -> s.verdict() == null ? "" : org.matchwise.base.i18n.Labels.title(org.matchwise.readiness.Verdict.valueOf(s.verdict()), getLocale()))
                .setHeader(t("casefile.cycles.verdict")).setAutoWidth(true);
        snapshotGrid.addColumn(s -> s.comparison() == null ? "" : t("casefile.cycles.snapshotChanges",
                s.comparison().newClinicalExperiences().size(), s.comparison().newLetters().size(),
                s.comparison().newExamResults().size())).setHeader(t("casefile.cycles.comparison")).setFlexGrow(2);
        gridStyle(snapshotGrid);

        // fixed, wrapping columns for when, who and which entry, so what changed keeps most of a tablet's width
        historyGrid.addColumn(c -> instant(c.at())).setHeader(t("casefile.history.when")).setWidth("7em").setFlexGrow(0);
        historyGrid.addColumn(c -> c.userName() == null ? t("casefile.history.system") : c.userName())
                .setHeader(t("casefile.history.who")).setWidth("6em").setFlexGrow(1);
        historyGrid.addColumn(this::historyItem).setHeader(t("casefile.history.item")).setWidth("8em").setFlexGrow(1);
        historyGrid.addColumn(c -> String.join("; ", c.words())).setHeader(t("casefile.history.what")).setWidth("14em")
                .setFlexGrow(4);
        gridStyle(historyGrid);
        historyGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        noteVisibility.setLabel(t("casefile.notes.visibility"));
        noteVisibility.setItems(NoteVisibility.values());
        noteVisibility.setItemLabelGenerator(this::label);
        noteVisibility.setValue(NoteVisibility.PRIVATE);
        noteText.setLabel(t("casefile.notes.text"));
        noteText.setWidthFull();
        addNote.setText(t("casefile.notes.addButton"));
        addNote.addClickListener(e -> addNote());
    }

    private static void gridStyle(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    // ---------------------------------------------------------------- helpers

    <T> List<Entry<T>> entries(String section, List<T> values) {
        List<String> unverified = file.record().unverified();
        List<Entry<T>> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String ref = section + "[" + i + "]";
            out.add(new Entry<>(i, ref, values.get(i), unverified.contains(ref)));
        }
        return out;
    }

    Component verification(Entry<?> e) {
        if (!e.unverified()) {
            var ok = new Span(t("casefile.verified"));
            ok.addClassName("mw-verified");
            return ok;
        }
        var box = new HorizontalLayout(unverifiedMark(), verifyButton(e.ref()));
        box.setSpacing(false);
        box.addClassName("mw-verify-box");
        return box;
    }

    private Component unverifiedMark() {
        return badge(t("casefile.unverified"), "mw-unverified");
    }

    Button verifyButton(String ref) {
        var b = new Button(t("casefile.verify"), e -> verify(ref));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClassName("mw-verify");
        b.getElement().setAttribute("aria-label", t("casefile.verifyItem", refLabel(ref)));
        return b;
    }

    void verify(String ref) {
        SaveResult result = applicants.verify(id, ref);
        switch (result) {
            case SaveResult.Saved s -> {
                notify(t("casefile.verifiedDone", refLabel(ref)));
                load();
            }
            case SaveResult.VersionConflict c -> showConflict();
            case SaveResult.Rejected r -> notify(r.message());
        }
    }

    /** The entry in words and what happened to it: "USMLE Step 1, 10 Jun 2019, failed: changed", or "... verified by Dana". */
    String historyItem(ChangeView c) {
        String who = c.userName() == null ? t("casefile.history.system") : c.userName();
        return t("casefile.history.entry." + c.kind(), c.entry(), who);
    }

    private Component evidenceLine(List<String> evidence) {
        var s = new Span(t("casefile.evidence", String.join(", ", evidence.stream().map(this::refLabel).toList())));
        s.addClassName("mw-evidence");
        return s;
    }

    /** An entry or evidence reference in words: "exams[2]" as "USMLE Step 1, attempt 3, 10 Jun 2021, passed". */
    String refLabel(String ref) {
        return words.evidence(file == null ? null : file.record().profile(), ref, getLocale());
    }

    private static Component fact(String name, String value) {
        var d = new Div(new Span(name), new Span(value));
        d.addClassName("mw-fact");
        return d;
    }

    private static Span badge(String text, String className) {
        var s = new Span(text);
        s.addClassNames("mw-badge", className);
        return s;
    }

    private boolean required(com.vaadin.flow.component.HasValue<?, ?> field) {
        boolean empty = field.isEmpty() || (field.getValue() instanceof String s && s.isBlank());
        if (field instanceof com.vaadin.flow.component.HasValidation v) {
            v.setErrorMessage(empty ? t("casefile.required") : null);
            v.setInvalid(empty);
        }
        return !empty;
    }

    String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(d);
    }

    private String instant(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone).format(i);
    }

    String label(Enum<?> value) {
        return org.matchwise.base.i18n.Labels.title(value, getLocale());
    }

    String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    void notify(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START);
    }

    private static VerticalLayout section() {
        var v = new VerticalLayout();
        v.setPadding(false);
        v.setWidthFull();
        v.addClassName("mw-section");
        return v;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
