package org.matchwise.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.matchwise.flags.FlagCategory;

class CheckerRobustnessTest {

    private final ExplanationChecker checker = new ExplanationChecker();

    @Property
    void any_text_gets_a_report_whose_spans_lie_inside_the_text(
            @ForAll @StringLength(max = 400) String text, @ForAll Placement placement, @ForAll FlagCategory category) {
        assertSpansInside(text, checker.check(text, placement, category));
    }

    @Property
    void any_mix_of_draft_phrases_gets_a_report_whose_spans_lie_inside_the_text(
            @ForAll("drafts") String text, @ForAll Placement placement, @ForAll FlagCategory category) {
        assertSpansInside(text, checker.check(text, placement, category));
    }

    @Provide
    Arbitrary<String> drafts() {
        return Arbitraries.of("I failed Step 1.", "personal reasons", "It was unfair", "\n\n", "\n", " ", ".",
                        "From July 2020 to March 2021", "I learned", "I passed", "caregiver", "\u2019", "\u2014",
                        "leave of absence", "Mr.", "U.S.", "?", "2020\u20132021")
                .list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    private static void assertSpansInside(String text, ExplanationReport report) {
        Span whole = Span.whole(text);
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(whole.contains(f.span())).isTrue();
            assertThat(f.message()).isNotBlank();
        });
        report.parts().values().forEach(spans -> assertThat(spans).allSatisfy(s -> assertThat(whole.contains(s)).isTrue()));
        assertThat(report.flagParagraphs()).allSatisfy(s -> assertThat(whole.contains(s)).isTrue());
        assertThat(report.findings().isEmpty() && text.isBlank()).isFalse();
    }
}
