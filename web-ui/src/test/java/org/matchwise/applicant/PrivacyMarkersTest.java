package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.matchwise.home.ui.ApplicantHomeView;
import org.matchwise.portal.ui.MyDisclosuresView;
import org.matchwise.portal.ui.MyExplanationsView;
import org.matchwise.portal.ui.MyPlanView;
import org.matchwise.portal.ui.MyProgressView;
import org.matchwise.portal.ui.MyReadinessView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.note.NoteVisibility;
import org.matchwise.casefile.CaseFileService;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.casefile.CaseViews.CaseLookup;
import org.matchwise.dashboard.SameSecurityStrategy;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.invitation.NoticeMail;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.reminders.ReminderJob;
import org.matchwise.reminders.ReminderPreferences;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 11 item 1: one record holds every kind of sensitive content, each with its own marker; no marker reaches
 * any surface the applicant reads (REST, portal screens, home, both reports of the applicant copy whoever asks for
 * it, reminder mails, calendar feed), while what the advisor shared (a shared manual flag, a shared note) does, so
 * the test cannot pass by showing nothing.
 */
@MatchwiseTest
@ExtendWith(SameSecurityStrategy.class)
@RecordApplicationEvents
class PrivacyMarkersTest extends SpringBrowserlessTest {

    static final String EMAIL = "priya.markers@applicants.example";
    static final String ADDRESSER = "ulrike.addresser@demo.example";
    static final RequestPostProcessor APPLICANT = httpBasic(EMAIL, PortalFixture.PASSWORD);
    static final RequestPostProcessor ADVISOR = httpBasic("advisor@demo.example", "demo-advisor");
    static final RequestPostProcessor ADMIN = httpBasic("admin@demo.example", "demo-admin");

    /** Every sensitive kind, with the strings whose presence would mean it leaked. */
    enum Sensitive {
        PRIVATE_NOTE("PrivNoteMarker7731"),
        UNSHARED_MANUAL_FLAG("UnsharedFlagMarker5521"),
        ADDRESSED_NOTE("AddressedNoteMarker2290", "addressedNote"),
        ADDRESSING_USER("Ulrike Addresserova", "addressedBy"),
        // the waived letter is rated CONCERN, the unwaived one GENERIC: no rating reaches the applicant
        LETTER_RATING_WAIVED("raising a concern", "CONCERN", "WaivedWriterMarker rated"),
        LETTER_RATING_UNWAIVED("GENERIC", "OpenWriterMarker rated", "\"strength\""),
        PROFESSIONALISM_EVENT("ProfEventMarker8842", "Professionalism event", "professionalismEvents["),
        LEAVE_REASON("HEALTH", "\"reason\""),
        INTERNAL_EVIDENCE("InternalEvidenceMarker4410");

        final List<String> markers;

        Sensitive(String... markers) {
            this.markers = List.of(markers);
        }
    }

    static final String SHARED_FLAG = "SharedFlagPositive3307: practise the interview answer with me";
    static final String SHARED_NOTE = "SharedNotePositive6620: good progress on letters";

    static long id;
    static MockMvc mvc;

    @Autowired ReminderJob reminders;
    @Autowired ReminderPreferences preferences;
    @Autowired ApplicationEvents events;

    @BeforeAll
    static void seed(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock, @Autowired FlagService flags,
            @Autowired CaseFileService cases, @Autowired WebApplicationContext context,
            @Autowired ReminderPreferences reminderPreferences) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        PortalFixture fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        PortalFixture.Applicant priya = fixture.applicant(EMAIL, "Priya", "Markers");
        id = priya.recordId();
        accounts.createSchoolWithAccounts(PortalFixture.SCHOOL,
                List.of(new NewAccount(ADDRESSER, "Ulrike Addresserova", Role.ADVISOR, PortalFixture.PASSWORD)));

        fixture.as("advisor@demo.example", () -> {
            var record = applicants.get(id);
            ApplicantProfile p = record.profile().toBuilder()
                    .externalId("MARKERS-" + UUID.randomUUID())
                    .letter(new Letter("Dr. WaivedWriterMarker", Specialty.INTERNAL_MEDICINE, true, true,
                            LetterStatus.RECEIVED, LetterStrength.CONCERN, LocalDate.of(2026, 5, 1), true, null, null))
                    .letter(new Letter("Dr. OpenWriterMarker", Specialty.INTERNAL_MEDICINE, true, true,
                            LetterStatus.RECEIVED, LetterStrength.GENERIC, LocalDate.of(2026, 5, 2), false, null, null))
                    .professionalismEvent(new ProfessionalismEvent(LocalDate.of(2024, 3, 1), "ProfEventMarker8842 at clinic",
                            false, true))
                    .timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 30)))
                    .build();
            assertThat(applicants.replace(id, p, record.version())).isInstanceOf(SaveResult.Saved.class);
            assertThat(flags.addManualFlag(id, Severity.HIGH, "UnsharedFlagMarker5521 weak interview", false))
                    .isInstanceOf(FlagService.FlagResult.Done.class);
            assertThat(flags.addManualFlag(id, Severity.MEDIUM, SHARED_FLAG, true))
                    .isInstanceOf(FlagService.FlagResult.Done.class);
            assertThat(cases.addNote(id, NoteVisibility.PRIVATE, "PrivNoteMarker7731 worried about the family"))
                    .isNotInstanceOf(org.matchwise.casefile.CaseViews.ChangeResult.Refused.class);
            assertThat(cases.addNote(id, NoteVisibility.SHARED, SHARED_NOTE))
                    .isNotInstanceOf(org.matchwise.casefile.CaseViews.ChangeResult.Refused.class);
            var file = ((CaseLookup.Found) cases.open(id)).file();
            var action = file.actions().stream().filter(a -> a.id() == priya.advisorAction()).findFirst().orElseThrow();
            assertThat(cases.reviseAction(id, action.id(), action.version(), null, ActionStatus.IN_PROGRESS,
                    "InternalEvidenceMarker4410 called the program director", true))
                    .isNotInstanceOf(org.matchwise.casefile.CaseViews.ChangeResult.Refused.class);
            return null;
        });
        fixture.as(ADDRESSER, () -> {
            FlagView detected = flags.flags(id).stream()
                    .filter(f -> f.rule() == RuleId.R1 && f.state() == FlagStatus.OPEN).findFirst().orElseThrow();
            return flags.markAddressed(id, detected.id(), "AddressedNoteMarker2290 discussed in clinic");
        });
        fixture.as(EMAIL, () -> reminderPreferences.save(true, true, 30));
        // the office's own view holds every marker: the record really is seeded
        String office = fixture.as("advisor@demo.example", () -> String.valueOf(flags.flags(id))
                + applicants.get(id) + applicants.assessment(id) + ((CaseLookup.Found) cases.open(id)).file());
        assertThat(office).contains("PrivNoteMarker7731", "UnsharedFlagMarker5521", "AddressedNoteMarker2290",
                "CONCERN", "GENERIC", "ProfEventMarker8842", "HEALTH", "InternalEvidenceMarker4410");
    }

    /** Every surface an applicant reads, each as the text a person or program receives. */
    enum Surface {
        REST_RECORD, REST_ASSESSMENT, REST_CORRECTIONS, REST_ME,
        PDF_PROGRESS_AS_APPLICANT, PDF_READINESS_AS_APPLICANT,
        PDF_PROGRESS_APPLICANT_COPY_BY_ADVISOR, PDF_READINESS_APPLICANT_COPY_BY_ADVISOR,
        PDF_READINESS_APPLICANT_COPY_BY_ADMIN,
        VIEW_HOME, VIEW_PROGRESS, VIEW_PLAN, VIEW_READINESS, VIEW_EXPLANATIONS, VIEW_DISCLOSURES,
        REMINDER_MAILS, CALENDAR_FEED
    }

    String text(Surface s) throws Exception {
        return switch (s) {
            case REST_RECORD -> body(get("/api/v1/applicants/" + id), APPLICANT);
            case REST_ASSESSMENT -> body(get("/api/v1/applicants/" + id + "/assessment"), APPLICANT);
            case REST_CORRECTIONS -> body(get("/api/v1/applicants/" + id + "/corrections"), APPLICANT);
            case REST_ME -> body(get("/api/v1/me"), APPLICANT);
            case PDF_PROGRESS_AS_APPLICANT -> pdf("progress", "", APPLICANT);
            case PDF_READINESS_AS_APPLICANT -> pdf("readiness", "", APPLICANT);
            case PDF_PROGRESS_APPLICANT_COPY_BY_ADVISOR -> pdf("progress", "?variant=applicant", ADVISOR);
            case PDF_READINESS_APPLICANT_COPY_BY_ADVISOR -> pdf("readiness", "?variant=applicant", ADVISOR);
            case PDF_READINESS_APPLICANT_COPY_BY_ADMIN -> pdf("readiness", "?variant=applicant", ADMIN);
            case VIEW_HOME -> view(ApplicantHomeView.class);
            case VIEW_PROGRESS -> view(MyProgressView.class);
            case VIEW_PLAN -> view(MyPlanView.class);
            case VIEW_READINESS -> view(MyReadinessView.class);
            case VIEW_EXPLANATIONS -> view(MyExplanationsView.class);
            case VIEW_DISCLOSURES -> view(MyDisclosuresView.class);
            case REMINDER_MAILS -> mails();
            case CALENDAR_FEED -> calendar();
        };
    }

    @ParameterizedTest
    @EnumSource(Surface.class)
    @WithUserDetails(EMAIL)
    void no_sensitive_marker_reaches_any_surface_the_applicant_reads(Surface surface) throws Exception {
        String text = text(surface);
        assertThat(text).as(surface + " has content").isNotBlank();
        for (Sensitive kind : Sensitive.values()) {
            for (String marker : kind.markers) {
                assertThat(text).as(surface + " leaks " + kind + " (" + marker + ")").doesNotContain(marker);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Surface.class, names = {"REST_ASSESSMENT", "PDF_READINESS_AS_APPLICANT",
            "PDF_READINESS_APPLICANT_COPY_BY_ADVISOR", "VIEW_READINESS"})
    @WithUserDetails(EMAIL)
    void a_manual_flag_the_advisor_shared_does_reach_the_applicant(Surface surface) throws Exception {
        assertThat(oneLine(text(surface))).contains("SharedFlagPositive3307");
    }

    @ParameterizedTest
    @EnumSource(value = Surface.class, names = {"VIEW_HOME", "PDF_PROGRESS_AS_APPLICANT",
            "PDF_PROGRESS_APPLICANT_COPY_BY_ADVISOR"})
    @WithUserDetails(EMAIL)
    void a_note_the_advisor_shared_does_reach_the_applicant(Surface surface) throws Exception {
        assertThat(oneLine(text(surface))).contains("SharedNotePositive6620");
    }

    @Test
    @WithUserDetails(EMAIL)
    void the_applicant_reads_the_letter_and_the_unshared_flag_in_words_written_for_them() throws Exception {
        String readiness = oneLine(text(Surface.VIEW_READINESS));
        assertThat(readiness).contains("A letter needs attention; talk to your advisor.");
        String json = text(Surface.REST_ASSESSMENT);
        assertThat(json).contains("A letter needs attention; talk to your advisor.")
                .doesNotContain("\"rule\":\"R13\"");
    }

    @Test
    void an_applicant_gets_403_problem_json_on_the_flags_and_the_history_of_their_own_record() throws Exception {
        for (String path : List.of("/flags", "/history")) {
            var response = mvc.perform(get("/api/v1/applicants/" + id + path).with(APPLICANT)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(403);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).doesNotContain("UnsharedFlagMarker5521", "AddressedNoteMarker2290");
        }
        assertThat(mvc.perform(get("/api/v1/applicants/" + id + "/flags").with(ADVISOR)).andReturn().getResponse()
                .getContentAsString()).contains("UnsharedFlagMarker5521", "AddressedNoteMarker2290", "\"shared\":true");
    }

    // ---------------------------------------------------------------- reading the surfaces

    private static String body(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        var response = mvc.perform(request.with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String pdf(String kind, String query, RequestPostProcessor who) throws Exception {
        var response = mvc.perform(get("/api/v1/applicants/" + id + "/reports/" + kind + ".pdf" + query).with(who))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(kind + query).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            return oneLine(new PDFTextStripper().getText(document));
        }
    }

    /** Everything a portal screen holds: its texts, property and attribute values, and every grid row. */
    private String view(Class<? extends Component> route) {
        Component view = navigate(route);
        StringBuilder out = new StringBuilder(view.getElement().getTextRecursively()).append('\n');
        collect(view.getElement(), out);
        for (Grid<?> grid : $(Grid.class).all()) {
            try {
                grid.getGenericDataView().getItems().forEach(item -> out.append(item).append('\n'));
            } catch (RuntimeException e) {
                // a grid without an in-memory data view holds no rows to read here
            }
        }
        return out.toString();
    }

    private static void collect(Element e, StringBuilder out) {
        out.append(e.getText()).append('\n');
        e.getPropertyNames().forEach(n -> out.append(e.getProperty(n, "")).append('\n'));
        e.getAttributeNames().forEach(n -> out.append(e.getAttribute(n)).append('\n'));
        e.getChildren().forEach(c -> collect(c, out));
    }

    private String mails() {
        reminders.run(LocalDate.of(2026, 12, 10));
        List<NoticeMail> mine = events.stream(NoticeMail.class).filter(m -> m.to().equals(EMAIL)).toList();
        StringBuilder out = new StringBuilder();
        mine.forEach(m -> out.append(m.subject()).append('\n').append(m.body()).append('\n'));
        return out.toString();
    }

    private String calendar() throws Exception {
        String url = preferences.newCalendarUrl();
        String path = url.substring(url.indexOf(ReminderPreferences.CALENDAR_PATH));
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
