package org.matchwise.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.explanation.Placement.PERSONAL_STATEMENT;
import static org.matchwise.flags.FlagCategory.EXAM_FAILURE;

import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonalStatementChecksTest {

    private final ExplanationChecker checker = new ExplanationChecker();

    /** A paragraph of exactly {@code n} words, none of them a keyword of any exam flag. */
    private static String filler(int n) {
        return String.join(" ", Collections.nCopies(n, "care")) + ".";
    }

    /** A paragraph of exactly {@code n >= 2} words that mentions a failed exam. */
    private static String flagParagraph(int n) {
        return "I failed" + " then".repeat(n - 2) + ".";
    }

    @Test
    void a_statement_that_opens_with_motivation_and_keeps_the_flag_brief_has_no_findings() {
        String ps = Drafts.GOOD_PERSONAL_STATEMENT;

        ExplanationReport report = checker.check(ps, PERSONAL_STATEMENT, EXAM_FAILURE);

        assertThat(report.findings()).isEmpty();
        assertThat(report.flagParagraphs()).extracting(s -> s.of(ps)).containsExactly(Drafts.PS_FLAG);
        assertThat(report.foundParts()).containsExactlyInAnyOrder(Part.values());
    }

    @Test
    void a_statement_that_opens_with_the_flag_is_reported_on_its_first_paragraph() {
        String ps = Drafts.PERSONAL_STATEMENT_OPENING_WITH_FLAG;

        ExplanationReport report = checker.check(ps, PERSONAL_STATEMENT, EXAM_FAILURE);

        assertThat(report.findings()).extracting(Finding::check).containsExactly(CheckId.FLAG_NOT_IN_FIRST_PARAGRAPH);
        Finding finding = report.findings().getFirst();
        assertThat(finding.span().of(ps)).isEqualTo(Drafts.PS_FLAG);
        assertThat(finding.level()).isEqualTo(Level.PROBLEM);
        assertThat(finding.message()).contains("opens with your exam failure");
    }

    @Test
    void flag_paragraphs_taking_more_than_15_percent_of_the_words_are_reported_with_their_span() {
        String secondFlagParagraph = "I had underestimated the exam and relied on rereading notes. I sought help "
                + "from two mentors, redesigned my plan and passed on my next attempt.";
        String ps = String.join("\n\n", Drafts.PS_OPENING, Drafts.PS_FLAG, secondFlagParagraph, Drafts.PS_GOALS);

        ExplanationReport report = checker.check(ps, PERSONAL_STATEMENT, EXAM_FAILURE);

        assertThat(report.findings()).extracting(Finding::check).containsExactly(CheckId.FLAG_SHARE_TOO_LARGE);
        Finding finding = report.findings().getFirst();
        assertThat(finding.span().of(ps)).isEqualTo(Drafts.PS_FLAG + "\n\n" + secondFlagParagraph);
        assertThat(finding.message()).contains("keep them to 15% or less");
    }

    @Test
    void exactly_15_percent_is_fine_and_one_word_more_is_reported() {
        String atLimit = String.join("\n\n", filler(40), flagParagraph(15), filler(45));
        String overLimit = String.join("\n\n", filler(40), flagParagraph(16), filler(44));

        ExplanationReport fine = checker.check(atLimit, PERSONAL_STATEMENT, EXAM_FAILURE);
        ExplanationReport tooLarge = checker.check(overLimit, PERSONAL_STATEMENT, EXAM_FAILURE);

        assertThat(fine.wordCount()).isEqualTo(100);
        assertThat(tooLarge.wordCount()).isEqualTo(100);
        assertThat(fine.has(CheckId.FLAG_SHARE_TOO_LARGE)).isFalse();
        assertThat(tooLarge.findings(CheckId.FLAG_SHARE_TOO_LARGE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("take 16% of the statement (16 of 100 words)"));
    }

    @Property
    void the_flag_share_is_reported_exactly_when_it_exceeds_15_percent(
            @ForAll @IntRange(min = 2, max = 80) int flagWords,
            @ForAll @IntRange(min = 1, max = 300) int openingWords,
            @ForAll @IntRange(min = 0, max = 300) int closingWords) {
        String ps = closingWords == 0
                ? String.join("\n\n", filler(openingWords), flagParagraph(flagWords))
                : String.join("\n\n", filler(openingWords), flagParagraph(flagWords), filler(closingWords));
        int total = openingWords + flagWords + closingWords;

        ExplanationReport report = checker.check(ps, PERSONAL_STATEMENT, EXAM_FAILURE);

        assertThat(report.has(CheckId.FLAG_SHARE_TOO_LARGE)).isEqualTo(flagWords * 100 > 15 * total);
    }

    @Test
    void a_statement_that_never_mentions_the_flag_gets_advice_and_no_part_findings() {
        String ps = String.join("\n\n", Drafts.PS_OPENING, Drafts.PS_CLINICAL, Drafts.PS_GOALS);

        ExplanationReport report = checker.check(ps, PERSONAL_STATEMENT, EXAM_FAILURE);

        assertThat(report.findings()).extracting(Finding::check).containsExactly(CheckId.FLAG_NOT_FOUND);
        assertThat(report.findings().getFirst().level()).isEqualTo(Level.ADVICE);
        assertThat(report.findings().getFirst().span()).isEqualTo(Span.whole(ps));
        assertThat(report.flagParagraphs()).isEmpty();
    }

    @Test
    void a_lesson_outside_the_flag_paragraphs_does_not_count_for_the_flag() {
        String flagWithoutLesson = "Early in medical school, I failed Step 1 on my first attempt. I adopted daily timed "
                + "question blocks and weekly self-assessments, and I passed Step 1 and scored 241 on Step 2 CK.";
        String ps = String.join("\n\n", Drafts.PS_OPENING, Drafts.PS_CLINICAL, flagWithoutLesson,
                Drafts.PS_STRENGTHS, Drafts.PS_GOALS);

        ExplanationReport report = checker.check(ps, PERSONAL_STATEMENT, EXAM_FAILURE);

        assertThat(Drafts.PS_CLINICAL).contains("I learned");
        assertThat(report.findings()).extracting(Finding::check).containsExactly(CheckId.MISSING_WHAT_LEARNED);
        assertThat(report.findings().getFirst().span().of(ps)).isEqualTo(flagWithoutLesson);
    }

    @Test
    void without_blank_lines_every_line_break_starts_a_paragraph() {
        String ps = String.join("\n", Drafts.PS_OPENING, Drafts.PS_CLINICAL, Drafts.PS_FLAG,
                Drafts.PS_STRENGTHS, Drafts.PS_GOALS);

        ExplanationReport report = checker.check(ps, PERSONAL_STATEMENT, EXAM_FAILURE);

        assertThat(report.findings()).isEmpty();
        assertThat(report.flagParagraphs()).extracting(s -> s.of(ps)).containsExactly(Drafts.PS_FLAG);
    }

    @Test
    void blame_anywhere_in_the_statement_is_reported_even_outside_the_flag_paragraphs() {
        String ps = String.join("\n\n", Drafts.PS_OPENING, "My home school was poorly organized.",
                Drafts.PS_CLINICAL, Drafts.PS_FLAG, Drafts.PS_STRENGTHS, Drafts.PS_GOALS);

        ExplanationReport report = checker.check(ps, PERSONAL_STATEMENT, EXAM_FAILURE);

        assertThat(report.findings(CheckId.BLAME_LANGUAGE)).extracting(f -> f.span().of(ps))
                .isEqualTo(List.of("poorly organized"));
    }
}
