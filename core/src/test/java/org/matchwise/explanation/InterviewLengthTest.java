package org.matchwise.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.explanation.Placement.INTERVIEW_ANSWER;
import static org.matchwise.flags.FlagCategory.EXAM_FAILURE;

import java.util.Collections;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * With the defaults (130 to 150 words a minute, 60 to 90 seconds) an answer is too short only if even at
 * 130 words a minute it lasts under 60 s (fewer than 130 words), and too long only if even at 150 words a
 * minute it lasts over 90 s (more than 225 words).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InterviewLengthTest {

    private final ExplanationChecker checker = new ExplanationChecker();

    private static String words(int n) {
        return String.join(" ", Collections.nCopies(n, "word")) + ".";
    }

    @Test
    void an_answer_of_exactly_60_seconds_at_the_slowest_rate_is_fine() {
        assertThat(checker.check(words(130), INTERVIEW_ANSWER, EXAM_FAILURE).has(CheckId.INTERVIEW_TOO_SHORT)).isFalse();
    }

    @Test
    void an_answer_one_word_shorter_is_too_short() {
        ExplanationReport report = checker.check(words(129), INTERVIEW_ANSWER, EXAM_FAILURE);

        assertThat(report.findings(CheckId.INTERVIEW_TOO_SHORT)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ADVICE);
            assertThat(f.span()).isEqualTo(Span.whole(words(129)));
            assertThat(f.message()).contains("At 129 words this answer takes about 51 to 59 seconds", "Aim for 60 to 90 seconds");
        });
    }

    @Test
    void an_answer_of_exactly_90_seconds_at_the_fastest_rate_is_fine() {
        assertThat(checker.check(words(225), INTERVIEW_ANSWER, EXAM_FAILURE).has(CheckId.INTERVIEW_TOO_LONG)).isFalse();
    }

    @Test
    void an_answer_one_word_longer_is_too_long() {
        ExplanationReport report = checker.check(words(226), INTERVIEW_ANSWER, EXAM_FAILURE);

        assertThat(report.findings(CheckId.INTERVIEW_TOO_LONG)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("At 226 words this answer takes about 91 to 105 seconds"));
        assertThat(report.has(CheckId.INTERVIEW_TOO_SHORT)).isFalse();
    }

    @Test
    void with_a_single_speaking_rate_exactly_60_and_90_seconds_of_speech_are_fine() {
        ExplanationChecker at140 = new ExplanationChecker(
                ExplanationPolicy.defaults().withInterview(140, 140, 60, 90), Locale.ROOT);

        assertThat(at140.check(words(140), INTERVIEW_ANSWER, EXAM_FAILURE).has(CheckId.INTERVIEW_TOO_SHORT)).isFalse();
        assertThat(at140.check(words(139), INTERVIEW_ANSWER, EXAM_FAILURE).has(CheckId.INTERVIEW_TOO_SHORT)).isTrue();
        assertThat(at140.check(words(210), INTERVIEW_ANSWER, EXAM_FAILURE).has(CheckId.INTERVIEW_TOO_LONG)).isFalse();
        assertThat(at140.check(words(211), INTERVIEW_ANSWER, EXAM_FAILURE).has(CheckId.INTERVIEW_TOO_LONG)).isTrue();
    }

    @Test
    void the_seed_weak_explanation_is_far_too_short_to_say_in_an_interview() {
        ExplanationReport report = checker.check(Drafts.WEAK_STEP1, INTERVIEW_ANSWER, EXAM_FAILURE);

        assertThat(report.has(CheckId.INTERVIEW_TOO_SHORT)).isTrue();
    }

    @Test
    void the_seed_ERAS_explanation_read_out_as_an_interview_answer_is_too_short() {
        ExplanationReport report = checker.check(Drafts.STRONG_STEP1_ERAS, INTERVIEW_ANSWER, EXAM_FAILURE);

        assertThat(report.wordCount()).isLessThan(130);
        assertThat(report.findings()).extracting(Finding::check).containsExactly(CheckId.INTERVIEW_TOO_SHORT);
    }

    @Test
    void two_seed_answers_run_together_are_too_long() {
        String rambling = Drafts.INTERVIEW_STEP1 + "\n\n" + Drafts.STRONG_STEP1_ERAS;

        ExplanationReport report = checker.check(rambling, INTERVIEW_ANSWER, EXAM_FAILURE);

        assertThat(report.findings()).extracting(Finding::check).containsExactly(CheckId.INTERVIEW_TOO_LONG);
    }

    @Property
    void an_answer_is_out_of_the_window_exactly_when_no_plausible_rate_brings_it_in(
            @ForAll @IntRange(min = 1, max = 400) int n) {
        ExplanationReport report = checker.check(words(n), INTERVIEW_ANSWER, EXAM_FAILURE);

        assertThat(report.has(CheckId.INTERVIEW_TOO_SHORT)).isEqualTo(n < 130);
        assertThat(report.has(CheckId.INTERVIEW_TOO_LONG)).isEqualTo(n > 225);
    }
}
