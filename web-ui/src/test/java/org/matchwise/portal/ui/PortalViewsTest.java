package org.matchwise.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.explanation.Placement;
import org.matchwise.invitation.ui.InviteApplicantView;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.security.AccountSetup;
import org.matchwise.admin.ui.UsersView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The applicant's own screens, driven without a browser; and who may not open them. */
@MatchwiseTest
class PortalViewsTest extends SpringBrowserlessTest {

    static final String CARA = "cara.portal@applicants.example";
    static PortalFixture fixture;
    static PortalFixture.Applicant cara;

    @Autowired ApplicantService applicants;

    @BeforeAll
    static void applicant(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock) {
        fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        cara = fixture.applicant(CARA, "Cara", "Portal");
    }

    private List<String> navigationLabels() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(CARA)
    void an_applicant_sees_the_portal_screens_and_no_advisor_screens_in_the_navigation() {
        navigate(MyProgressView.class);

        assertThat(navigationLabels()).contains("My progress", "My plan", "My explanations", "My readiness")
                .doesNotContain("Invite applicants", "Users");
    }

    @Test
    @WithUserDetails(CARA)
    void a_scheduled_step2_date_after_the_score_deadline_gets_an_immediate_hint_and_is_saved_unverified() {
        MyProgressView view = navigate(MyProgressView.class);
        int before = view.exams.grid.getGenericDataView().getItems().toList().size();

        view.exams.cancelEdit(); // the form below the list adds
        view.exams.exam.setValue(Exam.USMLE_STEP2_CK);
        view.exams.outcome.setValue(ExamOutcome.SCHEDULED);
        view.exams.date.setValue(LocalDate.of(2026, 9, 10));

        assertThat(view.exams.hint.isVisible()).isTrue();
        assertThat(view.exams.hint.getText()).contains("after programs start reviewing").contains("match 2027");
        view.exams.date.setValue(LocalDate.of(2026, 7, 1));
        assertThat(view.exams.hint.getText()).contains("before programs start reviewing");
        // Cara passed Step 2 CK already, and a passed exam cannot be retaken: what she saves is a Step 3 sitting
        view.exams.exam.setValue(Exam.USMLE_STEP3);

        view.exams.save.click();

        var rows = view.exams.grid.getGenericDataView().getItems().toList();
        assertThat(rows).hasSize(before + 1);
        var added = rows.getLast();
        assertThat(added.value().outcome()).isEqualTo(ExamOutcome.SCHEDULED);
        assertThat(added.unverified()).isTrue();
        assertThat(view.exams.exam.isEmpty()).as("the form is empty again, ready for the next").isTrue();
    }

    @Test
    @WithUserDetails(CARA)
    void an_impossible_score_is_refused_on_the_field_and_nothing_is_saved() {
        MyProgressView view = navigate(MyProgressView.class);
        long version = applicantsVersion();

        view.exams.cancelEdit(); // the form below the list adds
        view.exams.exam.setValue(Exam.USMLE_STEP1);
        view.exams.outcome.setValue(ExamOutcome.PASS);
        view.exams.date.setValue(LocalDate.of(2020, 5, 1));
        view.exams.score.setValue(400);
        view.exams.save.click();

        assertThat(view.exams.score.isInvalid()).isTrue();
        assertThat(view.exams.score.getErrorMessage()).contains("between 1 and the exam");
        assertThat(view.exams.score.getValue()).as("what was typed stays in the form").isEqualTo(400);
        assertThat(applicantsVersion()).isEqualTo(version);
    }

    private long applicantsVersion() {
        return fixture.as("advisor@demo.example", () -> applicants.get(cara.recordId())).version();
    }

    @Test
    @WithUserDetails(CARA)
    void a_save_against_a_record_an_advisor_changed_meanwhile_is_refused_with_a_clear_message_and_keeps_what_was_typed() {
        MyProgressView view = navigate(MyProgressView.class);
        long changed = fixture.as("advisor@demo.example", () -> {
            var current = applicants.get(cara.recordId());
            var saved = (SaveResult.Saved) applicants.replace(cara.recordId(), current.profile().toBuilder()
                    .timelineEntry(TimelineEntry.of(TimelineKind.RESEARCH, LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 3, 31), false)).build(), current.version());
            return saved.version();
        });
        view.tabs.setSelectedIndex(3); // Letters
        int letters = view.letters.grid.getGenericDataView().getItems().toList().size();

        view.letters.writer.setValue("Dr. Lee");
        view.letters.specialty.setValue(Specialty.PEDIATRICS);
        view.letters.status.setValue(LetterStatus.REQUESTED);
        view.letters.save.click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.getElement().getTextRecursively()).contains("was NOT saved").contains("Reload");
        assertThat(applicantsVersion()).as("nothing was stored").isEqualTo(changed);
        assertThat(view.letters.writer.getValue()).as("what was typed stays in the form").isEqualTo("Dr. Lee");
        assertThat(view.letters.specialty.getValue()).isEqualTo(Specialty.PEDIATRICS);

        view.reload.click();

        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(view.letters.writer.getValue()).as("reloading keeps the form").isEqualTo("Dr. Lee");
        view.letters.save.click();
        assertThat(view.letters.grid.getGenericDataView().getItems().toList()).hasSize(letters + 1)
                .last().satisfies(e -> assertThat(e.value().writer()).isEqualTo("Dr. Lee"));
        assertThat(view.timeline.grid.getGenericDataView().getItems().toList())
                .as("the advisor's change is kept too").anySatisfy(e -> assertThat(e.value())
                        .isEqualTo(TimelineEntry.of(TimelineKind.RESEARCH, LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 3, 31), false)));
    }

    @Test
    @WithUserDetails(CARA)
    void the_plan_lists_the_applicants_actions_and_marks_their_own_done_with_a_note() {
        MyPlanView view = navigate(MyPlanView.class);
        var own = view.grid.getGenericDataView().getItems().filter(a -> a.id() == cara.ownAction()).findFirst().orElseThrow();

        view.open(own);
        view.note.setValue("Weekly NBME forms since October: 231, 236, 240.");
        view.done.click();

        assertThat(view.grid.getGenericDataView().getItems().filter(a -> a.id() == cara.ownAction()).findFirst()
                .orElseThrow().state()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    @WithUserDetails(CARA)
    void an_explanation_draft_shows_the_checkers_findings_as_it_is_written_and_is_submitted_for_review() {
        MyExplanationsView view = navigate(MyExplanationsView.class);
        var category = view.flag.getListDataView().getItems().findFirst().orElseThrow();

        view.flag.setValue(category);
        view.placement.setValue(Placement.ERAS_ADDITIONAL_INFORMATION);
        view.text.setValue("The exam was unfair and the school did not prepare me.");

        assertThat(view.findings.getElement().getTextRecursively()).isNotBlank();
        assertThat(view.summary.getText()).startsWith("Points to work on");

        view.saveDraft.click();
        view.submit.click();
        assertThat(view.drafts.getGenericDataView().getItems().toList()).anySatisfy(d -> assertThat(d.state().name())
                .isEqualTo("SUBMITTED"));
    }

    @Test
    @WithUserDetails(CARA)
    void readiness_shows_the_verdict_in_plain_language_with_the_disclaimer() {
        MyReadinessView view = navigate(MyReadinessView.class);

        assertThat(view.verdict.getText()).contains("match 2027");
        assertThat(view.disclaimer.getText()).isNotBlank();
    }

    @Test
    @WithUserDetails(CARA)
    void an_applicant_who_types_advisor_or_admin_addresses_does_not_get_them() {
        navigate(MyProgressView.class);

        UI.getCurrent().navigate("invitations");
        assertThat($(InviteApplicantView.class).exists()).isFalse();
        UI.getCurrent().navigate("admin/users");
        assertThat($(UsersView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(CARA)
    void an_applicant_who_types_a_case_address_even_their_own_id_or_a_staff_list_does_not_get_it() {
        navigate(MyProgressView.class);

        for (String route : List.of("applicants/" + cara.recordId(), "applicants/" + (cara.recordId() + 1), "applicants",
                "dashboard", "exports", "admin/cohorts", "admin/import", "admin/rulesets")) {
            UI.getCurrent().navigate(route);
            assertThat($(org.matchwise.casefile.ui.CaseView.class).exists()).as(route).isFalse();
            assertThat($(org.matchwise.dashboard.ui.ApplicantListView.class).exists()).as(route).isFalse();
            assertThat($(org.matchwise.dashboard.ui.DashboardView.class).exists()).as(route).isFalse();
            assertThat($(org.matchwise.reportexport.ui.ExportsView.class).exists()).as(route).isFalse();
            assertThat($(org.matchwise.admin.ui.CohortsView.class).exists()).as(route).isFalse();
            assertThat($(org.matchwise.admin.ui.RosterImportView.class).exists()).as(route).isFalse();
            assertThat($(org.matchwise.admin.ui.RuleSetView.class).exists()).as(route).isFalse();
        }
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_does_not_get_the_applicants_portal_screens() {
        navigate(InviteApplicantView.class);

        for (String route : List.of("my/progress", "my/plan", "my/explanations", "my/readiness")) {
            UI.getCurrent().navigate(route);
            assertThat($(MyProgressView.class).exists() || $(MyPlanView.class).exists()
                    || $(MyExplanationsView.class).exists() || $(MyReadinessView.class).exists()).as(route).isFalse();
        }
    }
}
