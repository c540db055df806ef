package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.assessment.Assessment;
import org.matchwise.assessment.Assessor;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.ManualFlag;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.Reason;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.testing.ExampleCases;

/** The applicant projection's rules, on plain records (no application context). */
class ApplicantProjectionTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);

    static ApplicantProfile sensitive() {
        return ExampleCases.medPedsStep1Retake().profile().toBuilder().matchYear(2027)
                .letter(new Letter("Dr. Waived", Specialty.INTERNAL_MEDICINE, true, true, LetterStatus.RECEIVED,
                        LetterStrength.CONCERN, LocalDate.of(2026, 3, 1), true, null, null))
                .letter(new Letter("Dr. Open", Specialty.INTERNAL_MEDICINE, true, true, LetterStatus.RECEIVED,
                        LetterStrength.STRONG, LocalDate.of(2026, 3, 2), false, null, null))
                .professionalismEvent(new ProfessionalismEvent(LocalDate.of(2024, 3, 1), "ProfText", false, true))
                .timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 30)))
                .build();
    }

    static Assessment assessed() {
        return Assessor.assess(sensitive(), RuleSet.defaults(2027), AS_OF, List.of(
                new ManualFlag(Severity.HIGH, "Unshared words", null, AS_OF),
                new ManualFlag(Severity.MEDIUM, "Shared words", null, AS_OF)));
    }

    @Test
    void the_record_loses_professionalism_events_leave_reasons_and_every_letters_rating_waived_or_not() {
        ApplicantProfile seen = ApplicantProjection.profile(sensitive());

        assertThat(seen.professionalismEvents()).isEmpty();
        assertThat(seen.timeline()).allSatisfy(t -> assertThat(t.reason()).isNull());
        assertThat(seen.letters()).isNotEmpty().allSatisfy(l -> assertThat(l.strength()).isNull());
    }

    @Test
    void an_applicants_save_keeps_the_ratings_and_leave_reasons_they_could_not_see() {
        ApplicantProfile stored = sensitive();
        ApplicantProfile merged = ApplicantProjection.mergeApplicantEdit(stored, ApplicantProjection.profile(stored));

        assertThat(merged.letters()).extracting(Letter::strength).containsExactlyElementsOf(
                stored.letters().stream().map(Letter::strength).toList());
        assertThat(merged.timeline()).isEqualTo(stored.timeline());
        assertThat(merged.professionalismEvents()).isEqualTo(stored.professionalismEvents());
    }

    @Test
    void the_assessment_keeps_a_shared_manual_flag_in_the_advisors_words_and_drops_the_unshared_one_and_r13() {
        Assessment office = assessed();
        assertThat(office.flags()).extracting(f -> f.rule()).contains(RuleId.R11, RuleId.R13, RuleId.R18);

        Assessment seen = ApplicantProjection.assessment(office, List.of("Shared words"), Locale.ENGLISH);

        assertThat(seen.flags()).extracting(f -> f.rule()).doesNotContain(RuleId.R13);
        assertThat(seen.flags()).filteredOn(f -> f.rule() == RuleId.R18).extracting(f -> f.message())
                .containsExactly("Shared words");
        assertThat(seen.flags()).filteredOn(f -> f.rule() == RuleId.R11).extracting(f -> f.message())
                .containsExactly("A letter needs attention; talk to your advisor.");
        String all = seen.readiness().reasons().stream().map(Reason::text).toList() + " "
                + seen.readiness().domains() + " " + seen.readiness().checklist().stream().map(ChecklistItem::text).toList()
                + " " + seen.flags();
        assertThat(all).contains("Shared words").doesNotContain("Unshared words", "rated", "raising a concern",
                "Professionalism event", "ProfText", "professionalismEvents[");
        assertThat(seen.readiness().verdict()).isEqualTo(office.readiness().verdict());
    }

    @Test
    void a_detected_flag_is_worded_for_the_applicant_and_a_blocking_one_says_so() {
        Assessment seen = ApplicantProjection.assessment(assessed(), List.of(), Locale.ENGLISH);

        assertThat(seen.readiness().reasons()).filteredOn(r -> r.rule() != null).allSatisfy(r -> assertThat(r.text())
                .doesNotContain("Failed", "attempts at", "Letter from"));
        assertThat(seen.readiness().reasons()).filteredOn(r -> r.rule() != null && r.blocking())
                .allSatisfy(r -> assertThat(r.text()).startsWith("Before you apply: "));
    }

    @Test
    void stored_flags_lose_how_and_by_whom_they_were_addressed_and_unshared_manual_and_professionalism_flags() {
        FlagView addressed = new FlagView(1, RuleId.R1, FlagCategory.EXAM_FAILURE, Severity.HIGH, null,
                "Failed USMLE Step 1 on 2019-06-10", List.of("exams[0]"), FlagStatus.ADDRESSED, AS_OF, null,
                "Discussed", 7L, java.time.Instant.EPOCH, 1, false);
        FlagView unshared = new FlagView(2, RuleId.R18, FlagCategory.MANUAL, Severity.HIGH, null, "Unshared words",
                List.of(), FlagStatus.OPEN, AS_OF, null, null, null, null, null, false);
        FlagView shared = new FlagView(3, RuleId.R18, FlagCategory.MANUAL, Severity.LOW, null, "Shared words",
                List.of(), FlagStatus.OPEN, AS_OF, null, null, null, null, null, true);
        FlagView r13 = new FlagView(4, RuleId.R13, FlagCategory.PROFESSIONALISM, Severity.HIGH, null, "ProfText",
                List.of("professionalismEvents[0]"), FlagStatus.OPEN, AS_OF, null, null, null, null, 1, false);

        List<FlagView> seen = ApplicantProjection.flags(List.of(addressed, unshared, shared, r13), Locale.ENGLISH);

        assertThat(seen).extracting(FlagView::id).containsExactly(1L, 3L);
        assertThat(seen.getFirst().addressedNote()).isNull();
        assertThat(seen.getFirst().addressedBy()).isNull();
        assertThat(seen.getFirst().addressedAt()).isNull();
        assertThat(seen.getFirst().message()).doesNotContain("Failed").contains("exam failure");
        assertThat(seen.getLast().message()).isEqualTo("Shared words");
    }

    @Test
    void internal_evidence_and_private_notes_are_not_the_applicants() {
        assertThat(ApplicantProjection.evidence("called the PD", true)).isNull();
        assertThat(ApplicantProjection.evidence("certificate attached", false)).isEqualTo("certificate attached");
        assertThat(ApplicantProjection.seesNote(false)).isFalse();
        assertThat(ApplicantProjection.seesNote(true)).isTrue();
    }
}
