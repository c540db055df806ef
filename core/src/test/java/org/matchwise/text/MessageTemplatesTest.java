package org.matchwise.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.AcademicKind;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Tier;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.Visa;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.PatternMark;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.ExplanationStatus;
import org.matchwise.readiness.Verdict;

class MessageTemplatesTest {

    private static final MessageTemplates FLAGS = MessageTemplates.of("org.matchwise.flags.messages", Locale.ENGLISH);

    /** Every enum whose values can be an argument of a flag or readiness template. */
    static final List<Class<? extends Enum<?>>> IN_TEXTS = List.of(Exam.class, ExamOutcome.class, Specialty.class,
            LetterStatus.class, LetterStrength.class, ClinicalKind.class, TimelineKind.class, AcademicKind.class,
            LeaveReason.class, CycleOutcome.class, Tier.class, Setting.class, Visa.class, ApplicantType.class,
            FlagCategory.class, Severity.class, PatternMark.class, Step2Status.class, ExplanationStatus.class,
            Verdict.class);

    @Test
    void every_enum_value_that_can_reach_a_text_has_a_plain_language_label() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : IN_TEXTS) {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!FLAGS.hasLabel(value)) {
                    missing.add(type.getSimpleName() + "." + value.name());
                } else {
                    assertThat(FLAGS.label(value)).as(value.name()).doesNotContain("_").isNotBlank();
                }
            }
        }
        assertThat(missing).as("labels missing in org/matchwise/text/labels.properties").isEmpty();
    }

    @Test
    void an_enum_argument_is_written_in_plain_words_and_a_collection_as_a_list_of_them() {
        assertThat(FLAGS.get("r1.failed", Exam.USMLE_STEP1, "2024-01-02")).isEqualTo("Failed USMLE Step 1 on 2024-01-02");
        assertThat(FLAGS.get("r15.scatter", EnumSet.of(Specialty.PSYCHIATRY, Specialty.GENERAL_SURGERY)))
                .isEqualTo("Target specialties Psychiatry, General Surgery fit no single specialty family");
    }

    @Test
    void placeholders_are_replaced_verbatim_so_an_apostrophe_stays_plain_text_and_a_missing_argument_is_empty() {
        assertThat(MessageTemplates.of("org.matchwise.readiness.messages", Locale.ENGLISH).get("check.step2", Exam.USMLE_STEP2_CK))
                .isEqualTo("USMLE Step 2 CK score will not be available by programs' opening day ");
    }

    @Test
    void a_key_that_the_bundle_lacks_is_a_missing_resource_naming_the_key() {
        assertThatThrownBy(() -> FLAGS.get("no.such.key")).isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void a_value_without_a_label_falls_back_to_lower_case_words_never_to_the_constant() {
        enum Unlabelled { SOME_VALUE }
        assertThat(FLAGS.label(Unlabelled.SOME_VALUE)).isEqualTo("some value");
        assertThat(MessageTemplates.compile("a {0} b {1}")).containsExactly("a ", "0", " b ", "1", "");
        assertThat(MessageTemplates.months(5.66)).isEqualTo("5.7");
    }

    @Test
    void a_label_or_a_code_in_any_case_names_the_same_value_and_anything_else_names_none() {
        MessageTemplates labels = MessageTemplates.labels(Locale.ENGLISH);
        assertThat(labels.parse(Specialty.class, "Internal medicine")).hasValue(Specialty.INTERNAL_MEDICINE);
        assertThat(labels.parse(Specialty.class, "INTERNAL_MEDICINE")).hasValue(Specialty.INTERNAL_MEDICINE);
        assertThat(labels.parse(Specialty.class, " internal-medicine ")).hasValue(Specialty.INTERNAL_MEDICINE);
        assertThat(labels.parse(Visa.class, "no visa")).hasValue(Visa.NONE);
        assertThat(labels.parse(Visa.class, "none")).hasValue(Visa.NONE);
        assertThat(labels.parse(Visa.class, "J-1")).hasValue(Visa.J1);
        assertThat(labels.parse(ApplicantType.class, "us md graduate")).hasValue(ApplicantType.US_MD);
        assertThat(labels.parse(Specialty.class, "Medicine")).isEmpty();
        assertThat(labels.parse(Specialty.class, null)).isEmpty();
        for (Class<? extends Enum<?>> type : IN_TEXTS) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(parseRaw(labels, type, labels.label(value))).as("the label of " + value + " names it")
                        .isEqualTo(value);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseRaw(MessageTemplates labels, Class type, String text) {
        return labels.parse(type, text).orElse(null);
    }
}
