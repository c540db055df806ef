package org.matchwise.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.matchwise.flags.FlagCategory;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExplanationMessagesTest {

    @Test
    void the_bundle_has_a_message_for_every_check_and_a_name_for_every_category_and_nothing_else() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        Set<String> expected = new HashSet<>();
        for (CheckId check : CheckId.values()) {
            expected.add("check." + check.name());
        }
        for (FlagCategory category : FlagCategory.values()) {
            expected.add("category." + category.name());
        }

        assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void every_message_formats_without_leftover_placeholders_or_lost_apostrophes() {
        Messages messages = new Messages(Locale.ROOT);
        for (CheckId check : CheckId.values()) {
            String text = messages.check(check, "exam failure", 0.2, 0.15, 20, 100);

            assertThat(text).as(check.name()).doesNotContain("{", "}").isNotBlank();
        }
        // MessageFormat drops single apostrophes; the bundle must double them.
        assertThat(messages.check(CheckId.BLAME_LANGUAGE, "unfair")).contains("\u201Cunfair\u201D");
    }

    @Test
    void a_locale_without_its_own_file_falls_back_to_the_base_messages() {
        Messages german = new Messages(Locale.GERMAN);

        assertThat(german.category(FlagCategory.EXAM_FAILURE)).isEqualTo("exam failure");
    }

    @Test
    void policy_defaults_give_every_check_a_level_and_every_category_keywords() {
        ExplanationPolicy policy = ExplanationPolicy.defaults();

        for (CheckId check : CheckId.values()) {
            assertThat(policy.levelOf(check)).as(check.name()).isNotNull();
        }
        for (FlagCategory category : FlagCategory.values()) {
            assertThat(policy.flagKeywords().get(category)).as(category.name()).isNotEmpty();
        }
        assertThat(policy.maxFlagShare()).isEqualByComparingTo("0.15");
        assertThat(policy.minInterviewSeconds()).isEqualTo(60);
        assertThat(policy.maxInterviewSeconds()).isEqualTo(90);
    }
}
