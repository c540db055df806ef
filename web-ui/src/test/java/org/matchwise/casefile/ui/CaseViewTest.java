package org.matchwise.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.note.NoteVisibility;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.SaveResult;
import org.matchwise.casefile.CaseFileService;
import org.matchwise.casefile.CaseFixtures;
import org.matchwise.casefile.CaseViews.NewAction;
import org.matchwise.explanation.Placement;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.RuleId;
import org.matchwise.remediation.Owner;
import org.matchwise.remediation.SuggestedAction;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class CaseViewTest extends SpringBrowserlessTest {

    @Autowired ApplicantService applicants;
    @Autowired CaseFileService cases;
    @Autowired AccountSetup setup;
    @Autowired UserDetailsService accounts;

    private long newCase() {
        return CaseFixtures.create(applicants, CaseFixtures.dana("Dana", "Casefile"));
    }

    private CaseView open(long id) {
        CaseView view = navigate("applicants/" + id, CaseView.class);
        return view;
    }

    private void select(CaseView view, Component section) {
        view.tabs.setSelectedTab(view.sectionTabs.get(section));
        assertThat(view.sectionTabs.get(section).isSelected()).isTrue();
        assertThat(view.sectionContent.getChildren().toList()).containsExactly(section);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_overview_shows_the_verdict_reasons_with_rule_and_evidence_checklist_and_disclaimer() {
        long id = newCase();
        CaseView view = open(id);

        assertThat(view.heading.getText()).isEqualTo("Dana Casefile");
        assertThat(view.verdictBadge.getText()).isIn("Ready with risks", "Not ready");
        assertThat(view.overview.disclaimer.getText()).isEqualTo("Advice, not a prediction of match outcome.");
        List<String> reasons = view.overview.reasonList.getChildren().map(CaseViewTest::text).toList();
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("R1").contains("Evidence: USMLE Step 1, attempt 1, 10 Jun 2019, failed"));
        assertThat(view.overview.checklist.getChildren().count()).isPositive();
        assertThat(view.getPageTitle()).isEqualTo("Case: Dana Casefile");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_timeline_lists_education_exams_usce_and_leaves_in_date_order_with_the_gap_rule() {
        CaseView view = open(newCase());

        List<String> items = view.timeline.timelineList.getChildren().map(CaseViewTest::text).toList();
        assertThat(items).hasSizeGreaterThanOrEqualTo(9);
        assertThat(items.getFirst()).contains("Medical school");
        assertThat(items).anySatisfy(i -> assertThat(i).contains("Leave of absence").contains("family"));
        assertThat(items).anySatisfy(i -> assertThat(i).contains("USCE").contains("Pediatrics"));
        assertThat(text(view.timeline.gaps)).startsWith("Gaps (rule R5)");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_exam_section_lists_attempts_and_draws_practice_scores_against_the_med_peds_band() {
        CaseView view = open(newCase());

        assertThat(view.examEditor.grid.getGenericDataView().getItems().count()).isEqualTo(3);
        assertThat(view.practiceEditor.grid.getGenericDataView().getItems().count()).isEqualTo(3);
        Html chart = (Html) view.exams.scoreChart.getChildren().filter(Html.class::isInstance).findFirst().orElseThrow();
        assertThat(chart.getInnerHtml()).contains("<svg").contains("role=\"img\"").contains("Practice scores against the target band");
        assertThat(text(view.exams.scoreChart)).contains("Target band for Med-Peds: 230 to 240 (from the rule set).");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void usce_and_letters_show_status_strength_and_waiver() {
        CaseView view = open(newCase());

        assertThat(view.usceEditor.grid.getGenericDataView().getItems().count()).isEqualTo(2);
        var letters = view.letterEditor.grid.getGenericDataView().getItems().toList();
        assertThat(letters).hasSize(2);
        assertThat(letters.getFirst().value().waived()).isTrue();
        assertThat(letters.get(1).value().strength()).isNull();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_unverified_entry_is_marked_and_verified_in_one_click() {
        long id = CaseFixtures.withUnverifiedExam(applicants, accounts, newCase());
        CaseView view = open(id);
        select(view, view.overview);
        var unverified = view.file.record().unverified();
        assertThat(unverified).isNotEmpty();
        String ref = unverified.getFirst();

        Button verify = view.overview.getChildren().flatMap(Component::getChildren)
                .filter(ListItem.class::isInstance).flatMap(Component::getChildren)
                .filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        test(verify).click();

        assertThat(view.file.record().unverified()).doesNotContain(ref).hasSize(unverified.size() - 1);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_one_click_verification_shows_in_the_history_as_verified_by_the_advisor_with_what_the_entry_says() {
        long id = CaseFixtures.withUnverifiedExam(applicants, accounts, newCase());
        CaseView view = open(id);
        String ref = view.file.record().unverified().getFirst();
        view.verify(ref);
        select(view, view.history);

        var changes = view.history.historyGrid.getGenericDataView().getItems().toList();
        long last = changes.stream().mapToLong(c -> c.revision()).max().orElseThrow();
        assertThat(changes).filteredOn(c -> c.revision() == last).singleElement().satisfies(c -> {
            assertThat(c.item()).isEqualTo(ref);
            assertThat(c.kind()).isEqualTo("VERIFIED");
            assertThat(view.history.historyItem(c)).isEqualTo(view.refLabel(ref) + " verified by Alex Advisor");
            assertThat(c.changes()).isNotEmpty().noneMatch(line -> line.contains(" -> "));
        });
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_marks_a_flag_addressed_with_a_note_and_it_stays_on_record() {
        CaseView view = open(newCase());
        select(view, view.flags);
        FlagView r1 = view.file.flags().stream().filter(f -> f.rule() == RuleId.R1).findFirst().orElseThrow();

        view.flags.startAddressing(r1);
        test(view.flags.markAddressed).click();
        assertThat(view.flags.addressedNote.isInvalid()).isTrue();
        assertThat(view.flags.addressedNote.getErrorMessage()).isEqualTo("Say how the flag was addressed");

        test(view.flags.addressedNote).setValue("Explained in ERAS with dates; Step 2 CK passed first time.");
        test(view.flags.markAddressed).click();

        FlagView after = view.flags.flagGrid.getGenericDataView().getItems().filter(f -> f.id() == r1.id()).findFirst().orElseThrow();
        assertThat(after.state()).isEqualTo(FlagStatus.ADDRESSED);
        assertThat(after.addressedNote()).startsWith("Explained in ERAS");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_adds_a_manual_r18_flag() {
        CaseView view = open(newCase());
        select(view, view.flags);

        test(view.flags.manualSeverity).selectItem("Medium");
        test(view.flags.manualMessage).setValue("Weak interview answers about the gap");
        test(view.flags.addManualFlag).click();

        assertThat(view.flags.flagGrid.getGenericDataView().getItems())
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(RuleId.R18));
        assertThat(view.flags.flagGrid.getGenericDataView().getItems().filter(f -> f.rule() == RuleId.R18))
                .as("kept from the applicant unless shared").allSatisfy(f -> assertThat(f.shared()).isFalse());
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_shares_a_manual_flag_with_the_applicant_only_by_ticking_the_box_which_starts_unticked() {
        CaseView view = open(newCase());
        select(view, view.flags);
        assertThat(view.flags.manualShared.getValue()).isFalse();
        assertThat(view.flags.manualShared.getLabel()).startsWith("Share with the applicant");

        test(view.flags.manualSeverity).selectItem("Low");
        test(view.flags.manualMessage).setValue("Practise the gap answer with me");
        test(view.flags.manualShared).click();
        test(view.flags.addManualFlag).click();

        assertThat(view.flags.flagGrid.getGenericDataView().getItems().filter(f -> f.rule() == RuleId.R18))
                .singleElement().satisfies(f -> assertThat(f.shared()).isTrue());
        assertThat(view.flags.manualShared.getValue()).as("the next flag starts private again").isFalse();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_shares_a_manual_flag_later_takes_it_back_and_withdraws_it() {
        CaseView view = open(newCase());
        select(view, view.flags);
        test(view.flags.manualSeverity).selectItem("Low");
        test(view.flags.manualMessage).setValue("Practise the gap answer with me");
        test(view.flags.addManualFlag).click();
        java.util.function.Supplier<FlagView> manual = () -> view.flags.flagGrid.getGenericDataView().getItems()
                .filter(f -> f.rule() == RuleId.R18).findFirst().orElseThrow();
        assertThat(manual.get().shared()).isFalse();

        view.flags.share(manual.get(), true);
        assertThat(manual.get().shared()).as("shared after the fact").isTrue();
        view.flags.share(manual.get(), false);
        assertThat(manual.get().shared()).isFalse();

        view.flags.withdraw(manual.get());
        assertThat(manual.get().state()).as("withdrawn: closed, and still on record").isEqualTo(FlagStatus.CLOSED);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_adds_a_suggested_remediation_action_and_moves_it_on() {
        CaseView view = open(newCase());
        select(view, view.plan);
        test(view.plan.suggestFor).selectItem("Exam failure");
        List<SuggestedAction> suggestions = view.plan.suggestionGrid.getGenericDataView().getItems().toList();
        assertThat(suggestions).isNotEmpty();

        view.plan.useSuggestion(suggestions.getFirst());
        test(view.plan.addAction).click();

        var actions = view.plan.actionGrid.getGenericDataView().getItems().toList();
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo(suggestions.getFirst().title());
            assertThat(a.dueDate()).isEqualTo(suggestions.getFirst().due());
        });

        view.plan.startProgress(actions.getFirst());
        test(view.plan.actionState).selectItem("Done");
        test(view.plan.actionEvidence).setValue("Root-cause worksheet on file");
        test(view.plan.saveProgress).click();
        assertThat(view.plan.actionGrid.getGenericDataView().getItems().toList().getFirst().evidence())
                .isEqualTo("Root-cause worksheet on file");

        // the advisor is told before saving who will read the evidence; internal keeps it with the office
        view.plan.startProgress(view.plan.actionGrid.getGenericDataView().getItems().toList().getFirst());
        assertThat(view.plan.actionEvidenceAudience.getText()).contains("The applicant will see this evidence");
        test(view.plan.actionEvidenceInternal).click();
        assertThat(view.plan.actionEvidenceAudience.getText()).contains("the applicant will not see this evidence");
        test(view.plan.saveProgress).click();
        assertThat(view.plan.actionGrid.getGenericDataView().getItems().toList().getFirst().evidenceInternal()).isTrue();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_rewords_reassigns_and_reschedules_an_action_and_a_blank_title_is_refused_on_the_field() {
        long id = newCase();
        cases.addAction(id, new NewAction(FlagCategory.LETTERS, "Ask Dr. B", Owner.APPLICANT, LocalDate.of(2026, 12, 15)));
        CaseView view = open(id);
        select(view, view.plan);
        var action = view.plan.actionGrid.getGenericDataView().getItems().toList().getFirst();

        view.plan.startProgress(action);
        assertThat(view.plan.revisedTitle.getValue()).isEqualTo("Ask Dr. B");
        test(view.plan.revisedTitle).setValue(" ");
        test(view.plan.saveProgress).click();
        assertThat(view.plan.revisedTitle.isInvalid()).isTrue();
        assertThat(view.plan.revisedTitle.getErrorMessage()).isEqualTo("Required");

        test(view.plan.revisedTitle).setValue("Ask Dr. Brandt for a US letter");
        test(view.plan.revisedOwner).selectItem("Advisor");
        test(view.plan.revisedDue).setValue(LocalDate.of(2027, 1, 10));
        test(view.plan.saveProgress).click();

        assertThat(view.plan.actionGrid.getGenericDataView().getItems().toList()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Ask Dr. Brandt for a US letter");
            assertThat(a.owner()).isEqualTo(Owner.ADVISOR);
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 1, 10));
            assertThat(a.category()).isEqualTo(FlagCategory.LETTERS);
            assertThat(a.state()).isEqualTo(action.state());
        });
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_action_without_a_title_shows_the_message_on_the_field() {
        CaseView view = open(newCase());
        select(view, view.plan);

        test(view.plan.addAction).click();

        assertThat(view.plan.actionTitle.isInvalid()).isTrue();
        assertThat(view.plan.actionTitle.getErrorMessage()).isEqualTo("Required");
        assertThat(view.plan.actionGrid.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void explanation_findings_are_shown_beside_the_draft_with_the_spans_marked() {
        long id = newCase();
        cases.addDraft(id, FlagCategory.EXAM_FAILURE, Placement.ERAS_ADDITIONAL_INFORMATION,
                "I failed Step 1 because the exam was unfair. I passed later.");
        CaseView view = open(id);

        String html = view.explanations.draftList.getChildren().flatMap(Component::getChildren)
                .flatMap(Component::getChildren).filter(Html.class::isInstance).map(h -> ((Html) h).getInnerHtml())
                .findFirst().orElseThrow();
        assertThat(html).contains("<mark>");
        assertThat(text(view.explanations.draftList)).contains("What the checker found").contains("Problem");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void cycles_compare_with_the_last_unmatched_cycle_and_history_lists_changes() {
        long id = newCase();
        applicants.submitCycle(id, 2027);
        CaseView view = open(id);

        assertThat(view.cycles.cycleGrid.getGenericDataView().getItems().count()).isEqualTo(2);
        assertThat(text(view.cycles.comparison)).contains("Since programs opened for match year 2026");
        select(view, view.history);
        assertThat(view.history.historyLoaded).isTrue();
        assertThat(view.history.historyGrid.getGenericDataView().getItems().count()).isPositive();
        assertThat(view.cycles.snapshotGrid.getGenericDataView().getItems().count()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void private_and_shared_notes_are_listed_with_their_author() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.notes);

        test(view.notes.noteVisibility).selectItem("Shared with the applicant");
        test(view.notes.noteText).setValue("Ask two pediatricians for letters by December.");
        test(view.notes.addNote).click();

        assertThat(view.file.notes()).singleElement().satisfies(n -> {
            assertThat(n.visibility()).isEqualTo(NoteVisibility.SHARED);
            assertThat(n.authorName()).isEqualTo("Alex Advisor");
        });
        assertThat(text(view.notes.noteList)).contains("Ask two pediatricians");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_stale_save_says_someone_else_changed_it_and_reload_keeps_the_typed_values() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.exams);
        // someone else saves the record after this advisor opened it
        var now = applicants.get(id);
        SaveResult other = applicants.replace(id, now.profile().toBuilder().email("new.address@example.org").build(),
                now.version());
        assertThat(other).isInstanceOf(SaveResult.Saved.class);

        test(view.examEditor.exam).selectItem("USMLE Step 3");
        test(view.examEditor.date).setValue(LocalDate.of(2026, 11, 2));
        test(view.examEditor.outcome).selectItem("Passed");
        test(view.examEditor.score).setValue(221);
        test(view.examEditor.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(text(view.conflict)).contains("changed by someone else since you opened it");
        assertThat(applicants.get(id).profile().exams()).hasSize(3);

        test(view.reload).click();
        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(view.examEditor.exam.getValue()).isEqualTo(Exam.USMLE_STEP3);
        assertThat(view.file.record().profile().email()).isEqualTo("new.address@example.org");

        test(view.examEditor.save).click();
        assertThat(view.conflict.isVisible()).isFalse();
        ApplicantProfile saved = applicants.get(id).profile();
        assertThat(saved.exams()).hasSize(4);
        assertThat(saved.exams().getLast().outcome()).isEqualTo(ExamOutcome.PASS);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_score_out_of_range_is_refused_on_the_field() {
        CaseView view = open(newCase());
        select(view, view.exams);

        test(view.examEditor.exam).selectItem("USMLE Step 2 CK");
        test(view.examEditor.date).setValue(LocalDate.of(2026, 11, 2));
        test(view.examEditor.outcome).selectItem("Passed");
        test(view.examEditor.score).setValue(400);
        test(view.examEditor.save).click();

        assertThat(view.examEditor.score.isInvalid()).isTrue();
        assertThat(view.examEditor.score.getErrorMessage()).contains("between 1 and");
        assertThat(view.file.record().profile().exams()).hasSize(3);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_id_from_another_school_or_unknown_or_malformed_shows_not_found() {
        long foreign = CaseFixtures.foreignCase(setup, applicants, accounts);

        for (String path : List.of("applicants/" + foreign, "applicants/999999999", "applicants/abc")) {
            CaseView view = navigate(path, CaseView.class);
            assertThat(view.notFound.isVisible()).as(path).isTrue();
            assertThat(view.body.isVisible()).isFalse();
            assertThat(text(view.notFound)).contains("no applicant with this number in your school");
            assertThat(view.heading.getText()).isEqualTo("Applicant not found");
        }
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_cannot_open_the_case_view() {
        UI.getCurrent().navigate("applicants/1");

        assertThat($(CaseView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_opens_a_case_too() {
        long id = AsUser.call(accounts, "advisor@demo.example", this::newCase);
        CaseView view = open(id);

        assertThat(view.heading.getText()).isEqualTo("Dana Casefile");
        assertThat(view.verdictBadge.getElement().getAttribute("data-verdict"))
                .isEqualTo(view.file.assessment().readiness().verdict().name());
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_sections_are_aria_tabs_with_one_tab_panel_labelled_by_its_tab() {
        CaseView view = open(newCase());

        select(view, view.notes);

        assertThat(view.tabs).isInstanceOf(com.vaadin.flow.component.tabs.Tabs.class);
        assertThat(view.tabs.getElement().getAttribute("aria-label")).isNotBlank();
        assertThat(view.sectionContent.getElement().getAttribute("role")).isEqualTo("tabpanel");
        assertThat(view.sectionContent.getElement().getAttribute("aria-labelledby"))
                .isEqualTo(view.sectionTabs.get(view.notes).getId().orElseThrow());
        assertThat(view.sectionTabs.get(view.overview).isSelected()).isFalse();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void every_new_note_starts_private_even_after_a_shared_one() {
        CaseView view = open(newCase());
        select(view, view.notes);
        assertThat(view.notes.noteVisibility.getValue()).isEqualTo(NoteVisibility.PRIVATE);

        view.notes.noteVisibility.setValue(NoteVisibility.SHARED);
        view.notes.noteText.setValue("Good progress on the Step 2 plan.");
        test(view.notes.addNote).click();

        assertThat(view.file.notes()).anySatisfy(n -> assertThat(n.visibility()).isEqualTo(NoteVisibility.SHARED));
        assertThat(view.notes.noteVisibility.getValue()).as("the next note starts private").isEqualTo(NoteVisibility.PRIVATE);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_advisor_edits_with_the_shared_editors_in_the_advisor_role_with_strength_and_leave_reason() {
        CaseView view = open(newCase());

        assertThat(view.letterEditor.role).isEqualTo(org.matchwise.applicant.ui.EditorRole.ADVISOR);
        assertThat(view.letterEditor.strength).isNotNull();
        assertThat(view.timelineEditor.reason).isNotNull();
        assertThat(view.examEditor.mayChange(view.examEditor.ref(0))).as("an advisor changes verified entries too").isTrue();
        view.examEditor.askRemove(0);
        assertThat(view.examEditor.confirmCancel.isAutofocus()).as("Cancel has the focus").isTrue();
        view.examEditor.confirmRemove.close();
    }
}
