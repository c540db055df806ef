package org.matchwise.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.casefile.CaseFixtures;
import org.matchwise.flags.RuleId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Editing and removing the entries of an applicant's record in the case view: through form records and the
 * applicant service, with the version read when the case was opened; validation on the field; conflicts shown
 * with Reload; the assessment and flags worked out again; verification kept right.
 */
@MatchwiseTest
@WithUserDetails("advisor@demo.example")
class CaseEntryEditingTest extends SpringBrowserlessTest {

    @Autowired ApplicantService applicants;
    @Autowired UserDetailsService accounts;

    private CaseView open(long id) {
        return navigate("applicants/" + id, CaseView.class);
    }

    private void select(CaseView view, com.vaadin.flow.component.Component section) {
        view.tabs.setSelectedTab(view.sectionTabs.get(section));
    }

    private long newCase() {
        return CaseFixtures.create(applicants, CaseFixtures.dana("Edda", "Editing"));
    }

    private ApplicantRecord stored(long id) {
        return applicants.get(id);
    }

    private static boolean openFlag(CaseView view, RuleId rule) {
        return view.file.flags().stream().anyMatch(f -> f.rule() == rule && f.state() != FlagStatus.CLOSED);
    }

    @Test
    void an_advisor_corrects_a_step2_score_and_the_flags_are_worked_out_again() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.exams);
        List<ExamAttempt> before = view.file.record().profile().exams();
        int step2 = before.size() - 1;
        assertThat(before.get(step2).score()).isEqualTo(237);
        assertThat(openFlag(view, RuleId.R3)).isFalse();

        view.examEditor.edit(step2);
        assertThat(view.examEditor.formTitle.getText()).isEqualTo("Edit USMLE Step 2 CK, attempt 1, 1 Sep 2020, passed, score 237");
        assertThat(view.examEditor.save.getText()).isEqualTo("Save changes");
        assertThat(view.examEditor.score.getValue()).isEqualTo(237);
        test(view.examEditor.score).setValue(218);
        test(view.examEditor.save).click();

        assertThat(stored(id).profile().exams()).hasSize(before.size());
        assertThat(stored(id).profile().exams().get(step2).score()).isEqualTo(218);
        assertThat(view.examEditor.grid.getGenericDataView().getItems().toList().get(step2).value().score()).isEqualTo(218);
        // Step 2 CK below the Med-Peds low band: rule R3 fires on the saved record
        assertThat(openFlag(view, RuleId.R3)).isTrue();
        // the form is back to adding
        assertThat(view.examEditor.editing).isNull();
        assertThat(view.examEditor.save.getText()).isEqualTo("Add attempt");
    }

    @Test
    void a_required_field_left_empty_shows_its_message_on_the_field_and_saves_nothing() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.letters);
        long version = view.file.record().version();

        view.letterEditor.edit(0);
        test(view.letterEditor.writer).setValue("");
        test(view.letterEditor.save).click();

        assertThat(view.letterEditor.writer.isInvalid()).isTrue();
        assertThat(view.letterEditor.writer.getErrorMessage()).isEqualTo("Required");
        assertThat(view.letterEditor.formError.getText()).isEqualTo("Check the marked fields.");
        assertThat(stored(id).version()).isEqualTo(version);
        assertThat(stored(id).profile().letters().getFirst().writer()).isEqualTo("A. Internist, MD");
    }

    @Test
    void an_end_before_the_start_is_refused_on_the_end_field() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.usce);
        var experience = view.file.record().profile().clinicalExperiences().getFirst();

        view.usceEditor.edit(0);
        test(view.usceEditor.end).setValue(experience.start().minusDays(1));
        test(view.usceEditor.save).click();

        assertThat(view.usceEditor.end.isInvalid()).isTrue();
        assertThat(view.usceEditor.end.getErrorMessage()).isEqualTo("The end cannot be before the start");
        assertThat(stored(id).profile().clinicalExperiences().getFirst()).isEqualTo(experience);
    }

    @Test
    void an_edit_after_someone_else_saved_shows_the_conflict_and_reload_keeps_the_edit_open() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.letters);
        view.letterEditor.edit(1);
        test(view.letterEditor.status).selectItem("Received");
        test(view.letterEditor.strength).selectItem("Strong");
        // someone else saves the record after this advisor opened it
        ApplicantRecord now = stored(id);
        assertThat(applicants.replace(id, now.profile().toBuilder().email("moved@example.org").build(), now.version()))
                .isInstanceOf(SaveResult.Saved.class);

        test(view.letterEditor.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.getElement().getTextRecursively()).contains("changed by someone else since you opened it");
        assertThat(stored(id).profile().letters().get(1).status()).isEqualTo(LetterStatus.REQUESTED);

        test(view.reload).click();
        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(view.file.record().profile().email()).isEqualTo("moved@example.org");
        assertThat(view.letterEditor.editing).isEqualTo(1);
        assertThat(view.letterEditor.status.getValue()).isEqualTo(LetterStatus.RECEIVED);

        test(view.letterEditor.save).click();
        Letter saved = stored(id).profile().letters().get(1);
        assertThat(saved.status()).isEqualTo(LetterStatus.RECEIVED);
        assertThat(saved.strength()).isEqualTo(LetterStrength.STRONG);
        assertThat(saved.linkedExperience()).isEqualTo(1);
        assertThat(stored(id).profile().email()).isEqualTo("moved@example.org");
    }

    @Test
    void an_edit_of_an_entry_that_someone_else_removed_meanwhile_is_given_up_with_a_message() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.exams);
        view.practiceEditor.edit(2);
        ApplicantRecord now = stored(id);
        applicants.replace(id, now.profile().toBuilder().practiceAssessments(now.profile().practiceAssessments().subList(0, 2))
                .build(), now.version());

        test(view.practiceEditor.predicted).setValue(250);
        test(view.practiceEditor.save).click();
        assertThat(view.conflict.isVisible()).isTrue();
        test(view.reload).click();

        assertThat(view.practiceEditor.editing).isNull();
        assertThat(view.practiceEditor.formError.getText()).contains("changed or moved by someone else");
        assertThat(stored(id).profile().practiceAssessments()).hasSize(2);
    }

    @Test
    void a_practice_score_is_edited_and_the_trend_chart_follows() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.exams);

        view.practiceEditor.edit(0);
        test(view.practiceEditor.predicted).setValue(241);
        test(view.practiceEditor.save).click();

        assertThat(stored(id).profile().practiceAssessments().getFirst().predictedScore()).isEqualTo(241);
        String chart = view.exams.scoreChart.getChildren().filter(com.vaadin.flow.component.Html.class::isInstance)
                .map(h -> ((com.vaadin.flow.component.Html) h).getInnerHtml()).findFirst().orElseThrow();
        assertThat(chart).contains("from 229 to 241");
    }

    @Test
    void removing_an_experience_asks_first_and_letters_keep_pointing_at_the_right_experience() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.usce);
        var second = view.file.record().profile().clinicalExperiences().get(1);

        view.usceEditor.askRemove(0);
        assertThat(test(view.usceEditor.confirmRemove).getHeader()).isEqualTo("Remove Hands-on rotation in Internal Medicine at Example Medical Center, from 1 Sep 2025?");
        assertThat(stored(id).profile().clinicalExperiences()).hasSize(2);
        test(view.usceEditor.confirmRemove).confirm();

        ApplicantProfile after = stored(id).profile();
        assertThat(after.clinicalExperiences()).containsExactly(second);
        // the letter linked to the removed experience loses its link; the one linked to the second follows it
        assertThat(after.letters().get(0).linkedExperience()).isNull();
        assertThat(after.letters().get(1).linkedExperience()).isEqualTo(0);
        assertThat(view.usceEditor.grid.getGenericDataView().getItems().count()).isEqualTo(1);
    }

    @Test
    void an_advisor_sets_a_leave_reason_adds_a_timeline_entry_and_removes_it() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.timeline);
        List<TimelineEntry> before = view.file.record().profile().timeline();
        int leave = before.size() - 1;
        assertThat(before.get(leave).kind()).isEqualTo(TimelineKind.LEAVE_OF_ABSENCE);

        view.timelineEditor.edit(leave);
        assertThat(view.timelineEditor.reason.isVisible()).isTrue();
        test(view.timelineEditor.reason).selectItem("Health");
        test(view.timelineEditor.save).click();
        assertThat(stored(id).profile().timeline().get(leave).reason()).isEqualTo(LeaveReason.HEALTH);

        test(view.timelineEditor.kind).selectItem("Research");
        assertThat(view.timelineEditor.reason.isVisible()).isFalse();
        test(view.timelineEditor.title).setValue("Research year");
        test(view.timelineEditor.start).setValue(LocalDate.of(2021, 7, 1));
        test(view.timelineEditor.end).setValue(LocalDate.of(2022, 6, 30));
        test(view.timelineEditor.save).click();
        List<TimelineEntry> added = stored(id).profile().timeline();
        assertThat(added).hasSize(before.size() + 1);
        assertThat(added.getLast().title()).isEqualTo("Research year");
        assertThat(view.timeline.timelineList.getElement().getTextRecursively()).contains("Research year");

        view.timelineEditor.askRemove(added.size() - 1);
        test(view.timelineEditor.confirmRemove).confirm();
        assertThat(stored(id).profile().timeline()).hasSize(before.size());
    }

    @Test
    void saving_an_entry_unchanged_saves_nothing() {
        long id = newCase();
        CaseView view = open(id);
        select(view, view.exams);
        long version = view.file.record().version();

        view.examEditor.edit(0);
        test(view.examEditor.save).click();

        assertThat(stored(id).version()).isEqualTo(version);
        assertThat(view.examEditor.editing).isNull();
    }

    @Test
    void an_advisor_edit_of_an_applicant_entry_counts_as_verified_like_any_entry_an_advisor_enters() {
        long id = CaseFixtures.withUnverifiedExam(applicants, accounts, newCase());
        CaseView view = open(id);
        select(view, view.exams);
        int last = view.file.record().profile().exams().size() - 1;
        assertThat(view.file.record().unverified()).contains("exams[" + last + "]");

        view.examEditor.edit(last);
        assertThat(view.examEditor.formNote.isVisible()).isTrue();
        assertThat(view.examEditor.formNote.getText()).contains("Saving your changes marks it verified by you");
        test(view.examEditor.score).setValue(230);
        test(view.examEditor.save).click();

        ApplicantRecord after = stored(id);
        assertThat(after.profile().exams().get(last).score()).isEqualTo(230);
        assertThat(after.unverified()).doesNotContain("exams[" + last + "]");
    }

    @Test
    void removing_an_entry_before_an_applicant_entry_leaves_that_entry_unverified() {
        long id = CaseFixtures.withUnverifiedExam(applicants, accounts, newCase());
        CaseView view = open(id);
        select(view, view.exams);
        // the advisor adds an attempt, then the applicant adds one after it
        test(view.examEditor.exam).selectItem("COMLEX Level 1");
        test(view.examEditor.date).setValue(LocalDate.of(2019, 3, 1));
        test(view.examEditor.outcome).selectItem("Passed");
        test(view.examEditor.save).click();
        int advisorEntry = view.file.record().profile().exams().size() - 1;
        assertThat(view.file.record().unverified()).doesNotContain("exams[" + advisorEntry + "]");
        CaseFixtures.withUnverifiedExam(applicants, accounts, id);
        view.load();
        List<ExamAttempt> exams = view.file.record().profile().exams();
        ExamAttempt applicantEntry = exams.getLast();
        assertThat(view.file.record().unverified()).contains("exams[" + (exams.size() - 1) + "]");

        view.examEditor.askRemove(advisorEntry);
        test(view.examEditor.confirmRemove).confirm();

        ApplicantRecord after = stored(id);
        assertThat(after.profile().exams()).hasSize(exams.size() - 1);
        assertThat(after.profile().exams().getLast()).isEqualTo(applicantEntry);
        assertThat(after.unverified()).contains("exams[" + (exams.size() - 2) + "]");
    }
}
