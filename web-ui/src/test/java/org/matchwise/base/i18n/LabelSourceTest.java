package org.matchwise.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.matchwise.ApplicationClasses;
import org.matchwise.note.NoteVisibility;
import org.matchwise.applicant.CycleStatus;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Visa;
import org.matchwise.explanation.DraftStatus;
import org.matchwise.flags.FlagStatus;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.text.MessageTemplates;

/**
 * One label source for enum values (Labels over core's labels and i18n/labels.properties): no feature bundle keeps a
 * label map of its own for a domain value, as casefile, portal, dashboard and reportexport once each did.
 */
class LabelSourceTest {

    /**
     * Key groups that hold one message per value of an enum but are sentences about it, not its label (what a verdict
     * means for the applicant, a worklist reason, ...), so they stay with their feature.
     */
    private static final Set<String> SENTENCES = Set.of("home.applicant.verdict", "portal.readiness.verdict",
            "portal.readiness.meaning", "portal.yourSide.Owner");

    private static Properties load(String baseName) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabelSourceTest.class.getResourceAsStream("/" + baseName.replace('.', '/') + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void no_feature_bundle_keeps_a_label_map_for_a_domain_enum() throws IOException {
        MessageTemplates core = MessageTemplates.labels(Locale.ENGLISH);
        List<Class<?>> domainEnums = ApplicationClasses.get().stream().filter(JavaClass::isEnum).map(JavaClass::reflect)
                .filter(type -> Arrays.stream(type.getEnumConstants()).allMatch(v -> core.hasLabel((Enum<?>) v)))
                .collect(Collectors.toList());
        assertThat(domainEnums).as("domain enums found").hasSizeGreaterThan(10);

        List<String> maps = new ArrayList<>();
        for (String baseName : new FeatureBundlesI18NProvider().baseNames()) {
            if (baseName.equals("i18n.labels")) {
                continue; // the one source itself, for values only the web application has
            }
            Map<String, Set<String>> groups = new HashMap<>();
            for (String key : load(baseName).stringPropertyNames()) {
                int dot = key.lastIndexOf('.');
                groups.computeIfAbsent(key.substring(0, dot), k -> new HashSet<>()).add(key.substring(dot + 1));
            }
            groups.forEach((prefix, suffixes) -> {
                for (Class<?> type : domainEnums) {
                    Set<String> constants = Arrays.stream(type.getEnumConstants()).map(v -> ((Enum<?>) v).name())
                            .collect(Collectors.toSet());
                    Set<String> coded = suffixes.stream().filter(x -> !x.equals(x.toLowerCase(Locale.ROOT)))
                            .collect(Collectors.toSet());
                    if (coded.equals(constants) && !SENTENCES.contains(prefix)) {
                        maps.add(baseName + ": " + prefix + ".* labels " + type.getSimpleName());
                    }
                }
            });
        }
        assertThat(maps).as("label maps that repeat core's labels: use org.matchwise.base.i18n.Labels").isEmpty();
    }

    @Test
    void a_value_reads_the_same_everywhere_alone_capitalised_and_inside_a_sentence_as_core_words_it() {
        assertThat(Labels.title(ExamOutcome.FAIL, Locale.ENGLISH)).isEqualTo("Failed");
        assertThat(Labels.label(ExamOutcome.FAIL, Locale.ENGLISH)).isEqualTo("failed");
        assertThat(Labels.title(Specialty.INTERNAL_MEDICINE, Locale.ENGLISH)).isEqualTo("Internal Medicine");
        assertThat(Labels.title(Visa.NONE, Locale.ENGLISH)).isEqualTo("No visa");
        assertThat(Labels.title(LetterStrength.CONCERN, Locale.ENGLISH)).isEqualTo("Raises a concern");
        assertThat(Labels.title(NoteVisibility.PRIVATE, Locale.ENGLISH)).isEqualTo("Private to advisors");
        assertThat(Labels.title(ActionStatus.IN_PROGRESS, Locale.ENGLISH)).isEqualTo("In progress");
        assertThat(Labels.label(CycleStatus.SUBMITTED, Locale.ENGLISH)).isEqualTo("submitted");
        assertThat(Labels.title(DraftStatus.SUBMITTED, Locale.ENGLISH)).isEqualTo("Submitted for review");
        assertThat(Labels.label(FlagStatus.ADDRESSED, Locale.ENGLISH)).isEqualTo("addressed");
        assertThat(Labels.title(null, Locale.ENGLISH)).isEmpty();
    }
}
