package org.matchwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.matchwise.assessment.Assessment;
import org.matchwise.assessment.Assessor;
import org.matchwise.demo.DemoCohort.DemoApplicant;
import org.matchwise.flags.Flag;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.PatternMark;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.DomainAssessment;
import org.matchwise.readiness.ExplanationStatus;
import org.matchwise.readiness.Reason;
import org.matchwise.readiness.Verdict;
import org.matchwise.remediation.CycleDates;
import org.matchwise.remediation.RemediationCatalogue;
import org.matchwise.ruleset.RuleSet;

/**
 * Every text an applicant can read about their assessment (flag messages, readiness reasons and checklist,
 * domain points, suggested actions), for the whole demo cohort, in which every rule R1-R17 fires: none may
 * show an enum constant such as USMLE_STEP1 or EXAM_FAILURE instead of plain words.
 */
class DemoCohortTextsTest {

    /** A constant-like token: capitals with an underscore (USMLE_STEP1, EXAM_FAILURE). */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9]{2,}\\b");

    /** Single-word constants of every enum that can reach a text (PEDIATRICS, GENERIC, HEALTH, PASS, ...). */
    private static final Set<String> ONE_WORD_CONSTANTS = new TreeSet<>();

    static {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Exam.class, ExamOutcome.class,
                Specialty.class, LetterStatus.class, LetterStrength.class, ClinicalKind.class, TimelineKind.class,
                AcademicKind.class, LeaveReason.class, CycleOutcome.class, Tier.class, Setting.class, Visa.class,
                ApplicantType.class, FlagCategory.class, Severity.class, PatternMark.class, Step2Status.class,
                ExplanationStatus.class, Verdict.class)) {
            for (Enum<?> c : type.getEnumConstants()) {
                if (!c.name().contains("_")) {
                    ONE_WORD_CONSTANTS.add(c.name());
                }
            }
        }
    }

    /** Every text of one applicant's assessment, with explanations missing and then drafted (both checklist wordings). */
    private static List<String> texts(DemoApplicant a) {
        RuleSet rules = RuleSet.defaults(a.profile().matchYear());
        List<String> out = new ArrayList<>();
        for (ExplanationStatus status : List.of(ExplanationStatus.MISSING, ExplanationStatus.DRAFTED)) {
            Map<FlagCategory, ExplanationStatus> explanations = new EnumMap<>(FlagCategory.class);
            for (FlagCategory c : FlagCategory.values()) {
                explanations.put(c, status);
            }
            Assessment assessment = Assessor.assess(a.profile(), rules, a.asOf(), List.of(), explanations, Locale.ENGLISH);
            assessment.flags().stream().map(Flag::message).forEach(out::add);
            assessment.readiness().reasons().stream().map(Reason::text).forEach(out::add);
            assessment.readiness().checklist().stream().map(ChecklistItem::text).forEach(out::add);
            for (DomainAssessment d : assessment.readiness().domains()) {
                d.points().stream().map(Reason::text).forEach(out::add);
            }
            out.add(assessment.readiness().disclaimer());
            CycleDates dates = new CycleDates(rules.calendar().erasOpens(), rules.calendar().erasOpens().plusMonths(3),
                    rules.calendar().programsOpen(), a.asOf());
            for (Flag f : assessment.flags()) {
                RemediationCatalogue.defaults().suggest(f.category(), dates, Locale.ENGLISH)
                        .forEach(s -> out.add(s.title() + " " + s.description()));
            }
        }
        return out;
    }

    @Test
    void no_text_of_the_demo_cohorts_assessments_shows_an_enum_constant_instead_of_plain_words() {
        List<String> offending = new ArrayList<>();
        java.util.EnumSet<RuleId> fired = java.util.EnumSet.noneOf(RuleId.class);
        int count = 0;
        for (DemoApplicant a : DemoCohort.applicants()) {
            Assessor.assess(a.profile(), RuleSet.defaults(a.profile().matchYear()), a.asOf()).flags()
                    .forEach(f -> fired.add(f.rule()));
            for (String text : texts(a)) {
                count++;
                Matcher constant = CONSTANT.matcher(text);
                if (constant.find()) {
                    offending.add(constant.group() + " in: " + text);
                }
                Matcher word = WORD.matcher(text);
                while (word.find()) {
                    if (ONE_WORD_CONSTANTS.contains(word.group())) {
                        offending.add(word.group() + " in: " + text);
                    }
                }
            }
        }
        assertThat(fired).as("the cohort exercises every rule's message").containsAll(java.util.EnumSet.range(RuleId.R1, RuleId.R17));
        assertThat(count).isGreaterThan(1000);
        assertThat(offending).as("texts with an enum constant").isEmpty();
    }

    @Test
    void the_check_itself_catches_a_constant_and_a_one_word_constant() {
        assertThat(CONSTANT.matcher("Failed USMLE_STEP1 on 2024-01-02").find()).isTrue();
        assertThat(CONSTANT.matcher("Failed USMLE Step 1 on 2024-01-02").find()).isFalse();
        assertThat(ONE_WORD_CONSTANTS).contains("PEDIATRICS", "GENERIC", "HEALTH").doesNotContain("USMLE", "ERAS", "US");
    }
}
