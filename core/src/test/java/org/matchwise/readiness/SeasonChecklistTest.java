package org.matchwise.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.testing.Profiles.clean;
import static org.matchwise.testing.Profiles.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.assessment.Assessor;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.RedFlagEngine;
import org.matchwise.flags.Step2Timing;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.testing.Profiles;

/** Season-aware guidance (issue 14 item 5): which checklist the applicant gets on which day of the season. */
class SeasonChecklistTest {

    static final RuleSet RULES = Profiles.rules(); // match year 2027: programs open 24 Sep 2026, rank list 3 Mar 2027, Match Day 19 Mar 2027

    static Readiness readiness(ApplicantProfile p, LocalDate asOf, boolean submitted) {
        return readiness(p, RULES, asOf, submitted);
    }

    static Readiness readiness(ApplicantProfile p, RuleSet rules, LocalDate asOf, boolean submitted) {
        return ReadinessAssessor.assess(p, rules, asOf, RedFlagEngine.detect(p, rules, asOf), Step2Timing.of(p, rules),
                Map.of(), Locale.ENGLISH, submitted);
    }

    static List<ChecklistKind> kinds(Readiness r) {
        return r.checklist().stream().map(ChecklistItem::kind).toList();
    }

    /** An applicant with a failed Step 1 (a flag that needs an interview answer) and a short letter list. */
    static ApplicantProfile.Builder withExamFailure() {
        return clean().exams(List.of(ExamAttempt.failed(Exam.USMLE_STEP1, d("2022-03-01")),
                ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01")),
                ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2023-07-01"), 240)));
    }

    static ApplicantProfile.Builder inCycle(ApplicantProfile.Builder b, CycleOutcome outcome, String feedback) {
        return b.cycle(new Cycle(2027, outcome, List.of(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, 120, null)),
                feedback));
    }

    @Test
    void before_submission_and_before_programs_open_the_checklist_is_the_submission_checklist() {
        Readiness r = readiness(withExamFailure().build(), d("2026-07-15"), false);
        assertThat(r.season()).isEqualTo(SeasonPhase.PREPARING);
        assertThat(kinds(r)).contains(ChecklistKind.EXPLANATION_MISSING);
        assertThat(kinds(r)).allMatch(k -> k.phase() == SeasonPhase.PREPARING);
    }

    @Test
    void once_the_cycle_is_submitted_the_checklist_is_the_interview_seasons_even_before_programs_open() {
        Readiness r = readiness(inCycle(withExamFailure(), CycleOutcome.IN_PROGRESS, null).build(), d("2026-09-10"), true);
        assertThat(r.season()).isEqualTo(SeasonPhase.INTERVIEW_SEASON);
        // one answer per flag that needs a story: the failure and the second attempt
        assertThat(kinds(r)).containsExactly(ChecklistKind.INTERVIEW_PREPARATION, ChecklistKind.INTERVIEW_ANSWER,
                ChecklistKind.INTERVIEW_ANSWER, ChecklistKind.RANK_LIST, ChecklistKind.SOAP_READINESS);
        assertThat(r.checklist()).extracting(ChecklistItem::text).contains(
                "Prepare a 60 to 90 second interview answer about exam failure: what happened, what you learned, what changed, and the evidence",
                "Certify the rank order list by 2027-03-03");
    }

    @Test
    void in_december_of_the_running_season_before_certifying_eras_is_not_shown_even_if_nobody_marked_the_cycle_submitted() {
        Readiness r = readiness(inCycle(withExamFailure(), CycleOutcome.IN_PROGRESS, null).build(), d("2026-12-03"), false);
        assertThat(r.season()).isEqualTo(SeasonPhase.INTERVIEW_SEASON);
        assertThat(kinds(r)).noneMatch(k -> k.phase() == SeasonPhase.PREPARING);
    }

    @Test
    void after_programs_open_an_applicant_with_no_application_on_record_is_told_to_submit_now() {
        Readiness r = readiness(clean().build(), d("2026-10-01"), false);
        assertThat(kinds(r)).startsWith(ChecklistKind.APPLICATION_NOT_SUBMITTED);
        assertThat(r.checklist().get(0).due()).isEqualTo(d("2026-09-24"));
    }

    @Test
    void the_rank_list_item_is_due_on_the_calendars_rank_order_deadline_and_leaves_once_it_has_passed() {
        RuleSet moved = RULES.withCalendar(RULES.calendar().withRankOrderDeadline(d("2027-02-25")));
        ApplicantProfile p = inCycle(clean(), CycleOutcome.IN_PROGRESS, null).build();
        Readiness before = readiness(p, moved, d("2027-02-25"), true);
        assertThat(before.checklist()).filteredOn(c -> c.kind() == ChecklistKind.RANK_LIST)
                .singleElement().extracting(ChecklistItem::due).isEqualTo(d("2027-02-25"));
        Readiness after = readiness(p, moved, d("2027-02-26"), true);
        assertThat(kinds(after)).doesNotContain(ChecklistKind.RANK_LIST, ChecklistKind.INTERVIEW_PREPARATION);
    }

    @Test
    void soap_readiness_is_asked_of_applicants_with_risks_and_is_due_when_match_week_starts() {
        Readiness risky = readiness(inCycle(withExamFailure(), CycleOutcome.IN_PROGRESS, null).build(), d("2027-01-10"), true);
        assertThat(risky.checklist()).filteredOn(c -> c.kind() == ChecklistKind.SOAP_READINESS)
                .singleElement().extracting(ChecklistItem::due).isEqualTo(d("2027-03-15"));
        Readiness ready = readiness(inCycle(clean(), CycleOutcome.IN_PROGRESS, null).build(), d("2027-01-10"), true);
        assertThat(ready.verdict()).isEqualTo(Verdict.READY);
        assertThat(kinds(ready)).doesNotContain(ChecklistKind.SOAP_READINESS);
    }

    @Test
    void match_week_starts_on_the_monday_before_match_day() {
        MatchCalendar c = MatchCalendar.defaults(2027);
        assertThat(c.matchDay()).isEqualTo(d("2027-03-19"));
        assertThat(c.matchWeekStarts()).isEqualTo(d("2027-03-15"));
    }

    @Test
    void after_match_day_a_cycle_still_in_progress_asks_for_its_outcome() {
        Readiness r = readiness(inCycle(clean(), CycleOutcome.IN_PROGRESS, null).build(), d("2027-03-19"), true);
        assertThat(r.season()).isEqualTo(SeasonPhase.AFTER_MATCH);
        assertThat(kinds(r)).containsExactly(ChecklistKind.RECORD_OUTCOME);
    }

    @Test
    void after_match_day_a_matched_cycle_leaves_nothing_to_do() {
        assertThat(readiness(inCycle(clean(), CycleOutcome.MATCHED, null).build(), d("2027-04-01"), true).checklist()).isEmpty();
        assertThat(readiness(inCycle(clean(), CycleOutcome.SOAP_MATCHED, null).build(), d("2027-04-01"), true).checklist()).isEmpty();
    }

    @Test
    void after_an_unmatched_cycle_the_checklist_is_the_reapplication_plan_dated_by_next_seasons_calendar() {
        Readiness r = readiness(inCycle(withExamFailure(), CycleOutcome.UNMATCHED, null).build(), d("2027-03-25"), true);
        assertThat(kinds(r)).containsExactly(ChecklistKind.REAPPLICATION_FEEDBACK, ChecklistKind.REAPPLICATION_CHANGES,
                ChecklistKind.REAPPLICATION_PROGRAM_LIST, ChecklistKind.REAPPLICATION_DECISION);
        ChecklistItem changes = r.checklist().get(1);
        assertThat(changes.text()).isEqualTo("Plan what will be new by ERAS opening on 2027-06-01: work on exam failure, multiple exam attempts");
        assertThat(changes.due()).isEqualTo(d("2027-06-01"));
        assertThat(r.checklist().get(3).text()).contains("match year 2028");
    }

    @Test
    void feedback_already_recorded_is_not_asked_for_again() {
        Readiness r = readiness(inCycle(clean(), CycleOutcome.WITHDREW, "Programs wanted recent US experience").build(),
                d("2027-04-01"), true);
        assertThat(kinds(r)).doesNotContain(ChecklistKind.REAPPLICATION_FEEDBACK).contains(ChecklistKind.REAPPLICATION_DECISION);
    }

    @Test
    void the_assessor_passes_the_submitted_cycle_on_to_the_checklist() {
        var a = Assessor.assess(inCycle(clean(), CycleOutcome.IN_PROGRESS, null).build(), RULES, d("2026-09-01"),
                List.of(), Map.of(), Locale.ENGLISH, true);
        assertThat(a.readiness().season()).isEqualTo(SeasonPhase.INTERVIEW_SEASON);
        assertThat(Assessor.assess(clean().build(), RULES, d("2026-09-01")).readiness().season())
                .isEqualTo(SeasonPhase.PREPARING);
    }

    @Test
    void every_checklist_kind_belongs_to_a_phase_and_every_phase_has_a_label() {
        for (ChecklistKind k : ChecklistKind.values()) {
            assertThat(k.phase()).isNotNull();
        }
        var labels = org.matchwise.text.MessageTemplates.labels(Locale.ENGLISH);
        for (SeasonPhase p : SeasonPhase.values()) {
            assertThat(labels.hasLabel(p)).as(p.name()).isTrue();
        }
        assertThat(FlagCategory.values()).isNotEmpty();
    }
}
