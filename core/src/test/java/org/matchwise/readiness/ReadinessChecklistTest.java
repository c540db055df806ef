package org.matchwise.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.testing.Profiles.clean;
import static org.matchwise.testing.Profiles.d;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.RedFlagEngine;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Step2Timing;
import org.matchwise.testing.ExampleCases;
import org.matchwise.testing.Profiles;

class ReadinessChecklistTest {

    static Readiness readiness(ApplicantProfile p, java.time.LocalDate asOf, Map<FlagCategory, ExplanationStatus> explanations) {
        var rules = Profiles.rules();
        return ReadinessAssessor.assess(p, rules, asOf, RedFlagEngine.detect(p, rules, asOf), Step2Timing.of(p, rules),
                explanations, Locale.ENGLISH);
    }

    static List<ChecklistKind> kinds(Readiness r) {
        return r.checklist().stream().map(ChecklistItem::kind).toList();
    }

    @Test
    void explanations_are_listed_until_reviewed() {
        var c = ExampleCases.medPedsStep1Retake();
        Readiness r = readiness(c.profile(), c.asOf(), Map.of(FlagCategory.EXAM_FAILURE, ExplanationStatus.REVIEWED,
                FlagCategory.MULTIPLE_ATTEMPTS, ExplanationStatus.DRAFTED));
        assertThat(r.checklist()).extracting(ChecklistItem::text).containsExactly(
                "Have the explanation for multiple exam attempts reviewed", "Write the explanation for time since graduation");
    }

    @Test
    void a_late_step2_and_a_missing_pediatrics_letter_are_on_the_checklist() {
        var c = ExampleCases.pedsObservershipsLateStep2();
        Readiness r = readiness(c.profile(), c.asOf(), Map.of());
        assertThat(kinds(r)).containsExactly(ChecklistKind.LETTERS_SHORT, ChecklistKind.STEP2_SCORE_NOT_AVAILABLE);
        assertThat(r.checklist().get(1).evidence()).containsExactly("exams[1]");
    }

    @Test
    void a_promised_letter_is_not_done_although_it_counts_for_r11() {
        ApplicantProfile p = clean().letters(List.of(Profiles.received("A", Specialty.INTERNAL_MEDICINE),
                Profiles.letter(Specialty.INTERNAL_MEDICINE, LetterStatus.PROMISED))).build();
        Readiness r = readiness(p, Profiles.AS_OF, Map.of());
        assertThat(r.verdict()).isEqualTo(Verdict.READY);
        assertThat(kinds(r)).containsExactly(ChecklistKind.LETTERS_SHORT, ChecklistKind.LETTER_NOT_RECEIVED);
        assertThat(r.figures().lettersByStatus()).containsEntry(LetterStatus.PROMISED, 1).containsEntry(LetterStatus.RECEIVED, 1);
    }

    @Test
    void a_current_program_list_below_the_recommended_size_is_on_the_checklist() {
        ApplicantProfile p = clean().cycle(new Cycle(2027, CycleOutcome.IN_PROGRESS,
                List.of(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, 80, null)))).build();
        Readiness r = readiness(p, Profiles.AS_OF, Map.of());
        assertThat(r.checklist()).extracting(ChecklistItem::text)
                .containsExactly("Internal Medicine: 80 programs on the list, below the recommended 100");
        assertThat(r.checklist().get(0).evidence()).containsExactly("cycles[0]");
    }

    @Test
    void an_unremediated_professionalism_event_blocks_with_its_record_as_evidence() {
        ApplicantProfile p = clean().professionalismEvent(new ProfessionalismEvent(d("2022-01-01"), "a", true, false))
                .professionalismEvent(new ProfessionalismEvent(d("2023-01-01"), "b", false, false)).build();
        Readiness r = readiness(p, Profiles.AS_OF, Map.of());
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_READY);
        assertThat(r.reasons().get(0).rule()).isEqualTo(RuleId.R13);
        assertThat(r.reasons().get(0).blocking()).isTrue();
        assertThat(r.reasons().get(0).evidence()).containsExactly("professionalismEvents[1]");
    }

    @Test
    void every_domain_is_assessed_and_figures_match_the_rules() {
        Readiness r = readiness(clean().build(), Profiles.AS_OF, Map.of());
        assertThat(r.domains()).extracting(DomainAssessment::domain).containsExactly(ReadinessDomain.values());
        assertThat(r.figures().handsOnUsMonths()).isEqualTo(145 / 30.44);
        assertThat(r.figures().coverage()).allMatch(org.matchwise.flags.SpecialtyCoverage::covered);
        assertThat(r.disclaimer()).isEqualTo("Advice, not a prediction of match outcome.");
        assertThat(r.cycleComparison()).isNull();
    }
}
