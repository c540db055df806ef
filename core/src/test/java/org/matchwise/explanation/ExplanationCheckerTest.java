package org.matchwise.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.explanation.Placement.ERAS_ADDITIONAL_INFORMATION;
import static org.matchwise.explanation.Placement.INTERVIEW_ANSWER;
import static org.matchwise.explanation.Placement.PERSONAL_STATEMENT;
import static org.matchwise.flags.FlagCategory.EXAM_FAILURE;
import static org.matchwise.flags.FlagCategory.LEAVE_OF_ABSENCE;
import static org.matchwise.flags.FlagCategory.MULTIPLE_CYCLES;
import static org.matchwise.flags.FlagCategory.PROFESSIONALISM;
import static org.matchwise.flags.FlagCategory.TRAINING_GAP;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.matchwise.flags.FlagCategory;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExplanationCheckerTest {

    private final ExplanationChecker checker = new ExplanationChecker();

    private static List<CheckId> checks(ExplanationReport report) {
        return report.findings().stream().map(Finding::check).toList();
    }

    private static List<String> offendingWords(ExplanationReport report, CheckId check, String text) {
        return report.findings(check).stream().map(f -> f.span().of(text)).toList();
    }

    @Nested
    class Strong_drafts_from_the_seed_articles {

        @Test
        void the_sample_Step_1_explanation_shows_all_four_parts_and_has_no_findings() {
            ExplanationReport report = checker.check(Drafts.STRONG_STEP1_ERAS, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(report.findings()).isEmpty();
            assertThat(report.foundParts()).containsExactlyInAnyOrder(Part.values());
            assertThat(report.hasNoProblems()).isTrue();
        }

        @Test
        void the_sample_professionalism_explanation_has_no_findings() {
            ExplanationReport report = checker.check(Drafts.STRONG_PROFESSIONALISM, ERAS_ADDITIONAL_INFORMATION, PROFESSIONALISM);

            assertThat(report.findings()).isEmpty();
        }

        @Test
        void the_sample_reapplicant_explanation_has_no_findings() {
            ExplanationReport report = checker.check(Drafts.STRONG_REAPPLICANT, ERAS_ADDITIONAL_INFORMATION, MULTIPLE_CYCLES);

            assertThat(report.findings()).isEmpty();
        }

        @Test
        void a_family_gap_with_explicit_dates_context_lesson_and_evidence_has_no_findings() {
            ExplanationReport report = checker.check(Drafts.STRONG_FAMILY_GAP, ERAS_ADDITIONAL_INFORMATION, TRAINING_GAP);

            assertThat(report.findings()).isEmpty();
        }

        @Test
        void the_seed_interview_answer_has_no_findings_and_fits_the_60_to_90_second_window() {
            ExplanationReport report = checker.check(Drafts.INTERVIEW_STEP1, INTERVIEW_ANSWER, EXAM_FAILURE);

            assertThat(report.findings()).isEmpty();
            assertThat(report.wordCount()).isBetween(130, 225);
        }
    }

    @Nested
    class The_four_parts {

        // One sentence per part, for a professionalism flag whose keywords appear only in the first.
        static final String HAPPENED = "I received a professionalism notation for repeated late arrivals to clinic.";
        static final String LEARNED = "I recognized that punctuality is a sign of respect for the team.";
        static final String CHANGED = "I began arriving 30 minutes early and reviewing the schedule the night before.";
        static final String EVIDENCE = "My later evaluations consistently note dependability and teamwork.";

        private static String draftWithout(Part missing) {
            return Stream.of(Part.values())
                    .filter(p -> p != missing)
                    .map(p -> switch (p) {
                        case WHAT_HAPPENED -> HAPPENED;
                        case WHAT_LEARNED -> LEARNED;
                        case WHAT_CHANGED -> CHANGED;
                        case EVIDENCE -> EVIDENCE;
                    })
                    .collect(Collectors.joining(" "));
        }

        @ParameterizedTest
        @EnumSource(Part.class)
        void a_draft_without_one_of_the_four_parts_is_reported_for_exactly_that_part(Part missing) {
            String draft = draftWithout(missing);

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, PROFESSIONALISM);

            assertThat(checks(report)).containsExactly(CheckId.valueOf("MISSING_" + missing.name()));
            assertThat(report.missingParts()).containsExactly(missing);
            Finding finding = report.findings().getFirst();
            assertThat(finding.span()).isEqualTo(Span.whole(draft));
            assertThat(finding.level()).isEqualTo(Level.PROBLEM);
        }

        @Test
        void a_draft_with_all_four_parts_is_not_reported_for_any_part() {
            String draft = String.join(" ", HAPPENED, LEARNED, CHANGED, EVIDENCE);

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, PROFESSIONALISM);

            assertThat(report.findings()).isEmpty();
        }

        @Test
        void the_report_says_in_which_sentence_each_part_was_found() {
            String draft = String.join(" ", HAPPENED, LEARNED, CHANGED, EVIDENCE);

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, PROFESSIONALISM);

            assertThat(report.parts().get(Part.WHAT_HAPPENED)).extracting(s -> s.of(draft)).containsExactly(HAPPENED);
            assertThat(report.parts().get(Part.WHAT_LEARNED)).extracting(s -> s.of(draft)).containsExactly(LEARNED);
            assertThat(report.parts().get(Part.WHAT_CHANGED)).extracting(s -> s.of(draft)).containsExactly(CHANGED);
            assertThat(report.parts().get(Part.EVIDENCE)).extracting(s -> s.of(draft)).containsExactly(EVIDENCE);
        }

        @Test
        void the_weak_Step_1_explanation_only_says_what_happened() {
            ExplanationReport report = checker.check(Drafts.WEAK_STEP1, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(report.foundParts()).containsExactly(Part.WHAT_HAPPENED);
            assertThat(checks(report)).containsExactly(CheckId.MISSING_WHAT_LEARNED, CheckId.MISSING_WHAT_CHANGED,
                    CheckId.MISSING_EVIDENCE, CheckId.VAGUE_REASON);
        }

        @Test
        void studying_more_is_not_recognised_as_a_change_of_method() {
            ExplanationReport report = checker.check(Drafts.POOR_STEP1, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(report.missingParts()).containsExactlyInAnyOrder(Part.WHAT_LEARNED, Part.WHAT_CHANGED);
            assertThat(report.parts().get(Part.EVIDENCE)).extracting(s -> s.of(Drafts.POOR_STEP1))
                    .containsExactly("I studied more and passed on the second try.");
        }
    }

    @Nested
    class Blame_language {

        @Test
        void blame_language_is_reported_with_its_span() {
            String draft = "I failed Step 1 because the exam was unfair and my teacher was biased.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            List<Finding> blame = report.findings(CheckId.BLAME_LANGUAGE);
            assertThat(blame).extracting(f -> f.span().of(draft)).containsExactly("unfair", "biased");
            assertThat(blame.getFirst().span()).isEqualTo(new Span(draft.indexOf("unfair"), draft.indexOf("unfair") + 6));
            assertThat(blame).allSatisfy(f -> assertThat(f.level()).isEqualTo(Level.PROBLEM));
            assertThat(blame.getFirst().message()).contains("\u201Cunfair\u201D").doesNotContain("{");
        }

        @Test
        void the_longest_blame_phrase_wins_when_phrases_overlap() {
            String draft = "I think the school did not prepare me for the clinical vignettes.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(offendingWords(report, CheckId.BLAME_LANGUAGE, draft))
                    .containsExactly("the school did not prepare me");
        }

        @Test
        void blame_phrases_match_across_line_breaks_in_any_case_and_with_typographic_apostrophes() {
            String draft = "It WAS NOT MY\nFAULT. It wasn\u2019t my fault either.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(offendingWords(report, CheckId.BLAME_LANGUAGE, draft))
                    .containsExactly("WAS NOT MY\nFAULT", "wasn\u2019t my fault");
        }

        @ParameterizedTest
        @ValueSource(strings = {"I was treated unfairly.", "The grading showed unfairness.", "It felt UNFAIR."})
        void a_stem_phrase_counts_its_inflections(String draft) {
            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(report.has(CheckId.BLAME_LANGUAGE)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "I practiced on the fairway of a golf course to relax.",
                "My mentor gave me unbiased, honest feedback.",
                "The process was fair and I take responsibility."})
        void words_that_merely_contain_a_blame_phrase_are_not_blame(String draft) {
            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(report.has(CheckId.BLAME_LANGUAGE)).isFalse();
        }

        @Test
        void the_seed_poor_version_blames_the_exam() {
            ExplanationReport report = checker.check(Drafts.POOR_STEP1, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(offendingWords(report, CheckId.BLAME_LANGUAGE, Drafts.POOR_STEP1))
                    .containsExactly("the exam was difficult");
        }

        @Test
        void the_blame_list_comes_from_the_policy() {
            ExplanationChecker custom = new ExplanationChecker(
                    ExplanationPolicy.defaults().withBlamePhrases(List.of("the proctor*")), Locale.ROOT);
            String draft = "The proctors were rude, and the exam was unfair.";

            ExplanationReport report = custom.check(draft, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(offendingWords(report, CheckId.BLAME_LANGUAGE, draft)).containsExactly("The proctors");
        }
    }

    @Nested
    class Vague_reasons {

        @Test
        void a_vague_reason_without_context_is_reported_with_its_span() {
            ExplanationReport report = checker.check(Drafts.WEAK_STEP1, ERAS_ADDITIONAL_INFORMATION, EXAM_FAILURE);

            assertThat(offendingWords(report, CheckId.VAGUE_REASON, Drafts.WEAK_STEP1)).containsExactly("personal issues");
            assertThat(report.findings(CheckId.VAGUE_REASON).getFirst().message()).contains("\u201Cpersonal issues\u201D");
        }

        @Test
        void a_vague_reason_with_context_in_the_same_sentence_is_not_reported() {
            String draft = "I took a leave for family reasons, caring for my father during his cancer treatment.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, LEAVE_OF_ABSENCE);

            assertThat(report.has(CheckId.VAGUE_REASON)).isFalse();
        }

        @Test
        void a_vague_reason_with_context_in_the_next_sentence_is_not_reported() {
            String draft = "I paused my studies for personal reasons. My mother was seriously ill and I was her only caregiver.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, TRAINING_GAP);

            assertThat(report.has(CheckId.VAGUE_REASON)).isFalse();
        }

        @Test
        void context_two_sentences_later_is_too_far_away() {
            String draft = "I paused my studies for personal reasons. It was a hard year. My mother was seriously ill.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, TRAINING_GAP);

            assertThat(offendingWords(report, CheckId.VAGUE_REASON, draft)).containsExactly("personal reasons");
        }

        @Test
        void the_seed_health_leave_names_the_treatment_and_is_not_vague() {
            String draft = "During my third year of medical school, I took a six-month leave of absence due to a health "
                    + "issue that required focused treatment.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, LEAVE_OF_ABSENCE);

            assertThat(report.has(CheckId.VAGUE_REASON)).isFalse();
        }
    }

    @Nested
    class Dates_for_gaps {

        @Test
        void a_gap_explanation_without_explicit_dates_is_reported() {
            ExplanationReport report = checker.check(Drafts.FAMILY_GAP_WITHOUT_DATES, ERAS_ADDITIONAL_INFORMATION, TRAINING_GAP);

            assertThat(checks(report)).containsExactly(CheckId.GAP_WITHOUT_DATES);
            Finding finding = report.findings().getFirst();
            assertThat(finding.span()).isEqualTo(Span.whole(Drafts.FAMILY_GAP_WITHOUT_DATES));
            assertThat(finding.message()).contains("From July 2020 to March 2021");
        }

        @Test
        void a_leave_explanation_without_explicit_dates_is_reported() {
            String draft = "During my third year of medical school, I took a six-month leave of absence due to a health "
                    + "issue that required focused treatment. Since returning, I have completed all remaining clinical "
                    + "rotations on time, with strong evaluations. This taught me to build systems that protect my health.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, LEAVE_OF_ABSENCE);

            assertThat(checks(report)).containsExactly(CheckId.GAP_WITHOUT_DATES);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "From July 2020 to March 2021",
                "from july 2020 until march 2021",
                "between 2019 and 2020",
                "2020-2021",
                "2020\u20132021",
                "Between January and October 2020",
                "August 2019 to March 2020",
                "Aug. 2019 \u2013 Mar. 2020",
                "since March 2021",
                "07/2020 - 03/2021"})
        void an_explicit_period_satisfies_the_date_check(String period) {
            String draft = period + ", I served as the primary caregiver for my father during his cancer treatment.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, TRAINING_GAP);

            assertThat(report.has(CheckId.GAP_WITHOUT_DATES)).as(period).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"In 2020", "For about a year", "After graduation", "In March", "For 18 months"})
        void a_single_year_month_or_duration_is_not_an_explicit_period(String period) {
            String draft = period + ", I served as the primary caregiver for my father during his cancer treatment.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, TRAINING_GAP);

            assertThat(report.has(CheckId.GAP_WITHOUT_DATES)).as(period).isTrue();
        }

        @Test
        void explanations_of_flags_that_are_not_gaps_need_no_dates() {
            ExplanationReport report = checker.check(Drafts.STRONG_PROFESSIONALISM, ERAS_ADDITIONAL_INFORMATION, PROFESSIONALISM);

            assertThat(report.has(CheckId.GAP_WITHOUT_DATES)).isFalse();
        }
    }

    @Nested
    class Empty_drafts {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\n\t "})
        void an_empty_draft_gets_one_clear_finding_instead_of_an_exception(String draft) {
            for (Placement placement : Placement.values()) {
                ExplanationReport report = checker.check(draft, placement, EXAM_FAILURE);

                assertThat(checks(report)).containsExactly(CheckId.EMPTY_TEXT);
                Finding finding = report.findings().getFirst();
                assertThat(finding.level()).isEqualTo(Level.PROBLEM);
                assertThat(finding.span()).isEqualTo(new Span(0, draft == null ? 0 : draft.length()));
                assertThat(finding.message()).contains("exam failure");
                assertThat(report.foundParts()).isEmpty();
                assertThat(report.wordCount()).isZero();
            }
        }
    }

    @Nested
    class Levels_and_placements {

        @Test
        void interview_length_is_only_checked_for_interview_answers() {
            for (Placement placement : EnumSet.of(ERAS_ADDITIONAL_INFORMATION, PERSONAL_STATEMENT)) {
                ExplanationReport report = checker.check(Drafts.WEAK_STEP1, placement, EXAM_FAILURE);

                assertThat(report.has(CheckId.INTERVIEW_TOO_SHORT)).isFalse();
            }
        }

        @Test
        void personal_statement_checks_do_not_run_on_other_placements() {
            for (Placement placement : EnumSet.of(ERAS_ADDITIONAL_INFORMATION, INTERVIEW_ANSWER)) {
                ExplanationReport report = checker.check(Drafts.WEAK_STEP1, placement, EXAM_FAILURE);

                assertThat(checks(report)).doesNotContain(CheckId.FLAG_NOT_IN_FIRST_PARAGRAPH,
                        CheckId.FLAG_SHARE_TOO_LARGE, CheckId.FLAG_NOT_FOUND);
                assertThat(report.flagParagraphs()).isEmpty();
            }
        }

        @Test
        void findings_are_ordered_by_check_and_then_by_position() {
            String draft = "It was not my fault, it was unfair. I left for personal reasons and family issues.";

            ExplanationReport report = checker.check(draft, ERAS_ADDITIONAL_INFORMATION, FlagCategory.TRAINING_GAP);

            assertThat(report.findings()).isSortedAccordingTo((a, b) -> a.check() != b.check()
                    ? a.check().compareTo(b.check())
                    : Integer.compare(a.span().start(), b.span().start()));
            assertThat(offendingWords(report, CheckId.BLAME_LANGUAGE, draft)).containsExactly("was not my fault", "unfair");
            assertThat(offendingWords(report, CheckId.VAGUE_REASON, draft)).containsExactly("personal reasons", "family issues");
        }
    }
}
