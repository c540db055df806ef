package org.matchwise.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matchwise.flags.FlagCategory.*;
import static org.matchwise.remediation.RemediationCatalogue.Anchor.ERAS_OPENING;
import static org.matchwise.remediation.RemediationCatalogue.DueRule.before;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchwise.flags.FlagCategory;
import org.matchwise.remediation.RemediationCatalogue.Entry;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RemediationCatalogueTest {

    /** Match year 2026: ERAS opened 4 June 2025, submission from 3 September, programs open 24 September. */
    static final LocalDate ERAS = LocalDate.of(2025, 6, 4);
    static final LocalDate SUBMISSION = LocalDate.of(2025, 9, 3);
    static final LocalDate PROGRAMS = LocalDate.of(2025, 9, 24);
    static final CycleDates EARLY = new CycleDates(ERAS, SUBMISSION, PROGRAMS, LocalDate.of(2025, 1, 15));

    private final RemediationCatalogue catalogue = RemediationCatalogue.defaults();

    private SuggestedAction action(FlagCategory category, String code, CycleDates dates) {
        return catalogue.suggest(category, dates).stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not suggested for " + category));
    }

    private static List<String> codes(List<SuggestedAction> actions) {
        return actions.stream().map(SuggestedAction::code).toList();
    }

    @ParameterizedTest
    @EnumSource(FlagCategory.class)
    void every_flag_category_has_at_least_one_suggestion(FlagCategory category) {
        List<SuggestedAction> actions = catalogue.suggest(category, EARLY);

        assertThat(actions).isNotEmpty().allSatisfy(a -> {
            assertThat(a.category()).isEqualTo(category);
            assertThat(a.title()).isNotBlank().doesNotContain("{", "}");
            assertThat(a.description()).isNotBlank().doesNotContain("{", "}");
        });
    }

    @ParameterizedTest
    @EnumSource(value = FlagCategory.class, names = {"EXAM_FAILURE", "MULTIPLE_ATTEMPTS", "LOW_SCORE", "SCORE_DROP",
            "TRAINING_GAP", "LEAVE_OF_ABSENCE", "TIME_SINCE_GRADUATION", "NO_RECENT_CLINICAL", "ACADEMIC_CONCERN",
            "PROFESSIONALISM", "MULTIPLE_CYCLES", "SPECIALTY_SCATTER"})
    void every_category_programs_read_about_gets_an_explanation_to_draft_review_and_practise(FlagCategory category) {
        List<SuggestedAction> actions = catalogue.suggest(category, EARLY);

        assertThat(codes(actions)).contains("EXPLANATION_DRAFT", "EXPLANATION_REVIEW", "EXPLANATION_INTERVIEW_ANSWER");
        assertThat(action(category, "EXPLANATION_DRAFT", EARLY).owner()).isEqualTo(Owner.APPLICANT);
        assertThat(action(category, "EXPLANATION_REVIEW", EARLY).owner()).isEqualTo(Owner.ADVISOR);
    }

    @Test
    void an_exam_failure_gets_root_cause_study_system_stable_practice_scores_and_a_Step_2_CK_target() {
        assertThat(codes(catalogue.suggest(EXAM_FAILURE, EARLY))).startsWith(
                "EXAM_ROOT_CAUSE", "EXAM_STUDY_SYSTEM", "EXAM_SIT_WHEN_STABLE", "STEP2_TARGET_ABOVE_STEP1");
        assertThat(codes(catalogue.suggest(LOW_SCORE, EARLY))).contains("EXAM_ROOT_CAUSE", "STEP2_TARGET_ABOVE_STEP1");
    }

    @Test
    void the_Step_2_CK_target_of_20_to_25_points_comes_from_data() {
        assertThat(action(EXAM_FAILURE, "STEP2_TARGET_ABOVE_STEP1", EARLY).title())
                .isEqualTo("Aim for a Step 2 CK score 20 to 25 points above Step 1");

        Entry other = new Entry("STEP2_TARGET_ABOVE_STEP1", EnumSet.of(LOW_SCORE), Owner.APPLICANT,
                before(ERAS_OPENING, 10), 15, 30);
        RemediationCatalogue custom = new RemediationCatalogue(List.of(other), 7);

        assertThat(custom.suggest(LOW_SCORE, EARLY)).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Aim for a Step 2 CK score 15 to 30 points above Step 1");
            assertThat(a.description()).contains("15 to 30 points", "low score");
            assertThat(a.due()).isEqualTo(ERAS.minusDays(10));
        });
    }

    @Test
    void gaps_and_leaves_ask_for_exact_dates_what_was_done_and_evidence_of_stability_without_diagnosis() {
        for (FlagCategory category : List.of(TRAINING_GAP, LEAVE_OF_ABSENCE)) {
            assertThat(codes(catalogue.suggest(category, EARLY)))
                    .contains("GAP_EXACT_DATES", "GAP_WHAT_WAS_DONE", "GAP_STABILITY_EVIDENCE");
        }
        assertThat(action(TRAINING_GAP, "GAP_EXACT_DATES", EARLY).description()).contains("From July 2020 to March 2021");
        assertThat(action(LEAVE_OF_ABSENCE, "GAP_STABILITY_EVIDENCE", EARLY).description())
                .contains("do not need to share diagnosis details");
    }

    @Test
    void the_other_catalogue_entries_answer_their_categories_with_the_right_owner() {
        assertThat(codes(catalogue.suggest(PROFESSIONALISM, EARLY)))
                .contains("PROF_FORMAL_REMEDIATION", "PROF_RELIABILITY_LETTERS");
        for (FlagCategory category : List.of(LIMITED_USCE, NO_RECENT_CLINICAL, SPECIALTY_EXPOSURE)) {
            assertThat(codes(catalogue.suggest(category, EARLY))).contains("USCE_HANDS_ON_ROTATIONS");
        }
        assertThat(codes(catalogue.suggest(LETTERS, EARLY))).contains("LETTERS_REQUEST_MISSING", "LETTERS_WRITER_PACKET");
        assertThat(action(LETTERS, "LETTERS_WRITER_PACKET", EARLY).description())
                .contains("CV", "personal statement", "bullet points");
        assertThat(codes(catalogue.suggest(MULTIPLE_CYCLES, EARLY))).contains("CYCLES_COLLECT_FEEDBACK",
                "CYCLES_LIST_CHANGES", "CYCLES_WIDEN_PROGRAM_LIST", "CYCLES_CONSIDER_DUAL");
        assertThat(codes(catalogue.suggest(STEP2_TIMING, EARLY))).containsExactly("STEP2_SCHEDULE");
        assertThat(codes(catalogue.suggest(CV_INCONSISTENCY, EARLY))).containsExactly("CV_CORRECT_DATES");
        assertThat(action(EXAM_FAILURE, "EXAM_ROOT_CAUSE", EARLY).owner()).isEqualTo(Owner.ADVISOR);
        assertThat(action(MULTIPLE_CYCLES, "CYCLES_CONSIDER_DUAL", EARLY).owner()).isEqualTo(Owner.ADVISOR);
        assertThat(action(LETTERS, "LETTERS_REQUEST_MISSING", EARLY).owner()).isEqualTo(Owner.APPLICANT);
        assertThat(action(LIMITED_USCE, "USCE_HANDS_ON_ROTATIONS", EARLY).description())
                .contains("at least 3 months", "no more than 12 months before ERAS opens");
    }

    @Test
    void due_dates_are_counted_from_the_cycle_calendar() {
        assertThat(action(TRAINING_GAP, "GAP_EXACT_DATES", EARLY).due()).isEqualTo(ERAS.minusDays(60));
        assertThat(action(LETTERS, "LETTERS_REQUEST_MISSING", EARLY).due()).isEqualTo(SUBMISSION.minusDays(60));
        assertThat(action(EXAM_FAILURE, "EXPLANATION_INTERVIEW_ANSWER", EARLY).due()).isEqualTo(PROGRAMS.plusDays(14));
        assertThat(action(EXAM_FAILURE, "EXAM_ROOT_CAUSE", EARLY).due()).isEqualTo(EARLY.asOf().plusDays(14));
    }

    @Test
    void Step_2_CK_is_due_early_enough_for_the_score_to_land_before_programs_open() {
        SuggestedAction schedule = action(STEP2_TIMING, "STEP2_SCHEDULE", EARLY);

        assertThat(schedule.due()).isEqualTo(PROGRAMS.minusDays(42));
        assertThat(schedule.due().plusDays(28)).isBefore(PROGRAMS);
        assertThat(schedule.description()).contains("about 28 days after the test");
    }

    @Test
    void the_same_calendar_a_year_later_moves_every_calendar_due_date_by_that_year() {
        CycleDates nextYear = new CycleDates(ERAS.plusYears(1), SUBMISSION.plusYears(1), PROGRAMS.plusYears(1),
                EARLY.asOf().plusYears(1));

        assertThat(action(LETTERS, "LETTERS_WRITER_PACKET", nextYear).due())
                .isEqualTo(action(LETTERS, "LETTERS_WRITER_PACKET", EARLY).due().plusYears(1));
    }

    @Test
    void a_due_date_already_past_becomes_the_as_of_day_plus_the_grace_period() {
        CycleDates lateStart = EARLY.asOf(LocalDate.of(2025, 5, 20)); // after ERAS - 60 days (5 April)

        SuggestedAction exactDates = action(TRAINING_GAP, "GAP_EXACT_DATES", lateStart);

        assertThat(exactDates.calendarDue()).isEqualTo(LocalDate.of(2025, 4, 5));
        assertThat(exactDates.due()).isEqualTo(LocalDate.of(2025, 5, 27));
        assertThat(exactDates.movedFromPast()).isTrue();
    }

    @Test
    void a_due_date_on_the_as_of_day_itself_is_not_past() {
        CycleDates onTheDay = EARLY.asOf(ERAS.minusDays(60));

        SuggestedAction exactDates = action(TRAINING_GAP, "GAP_EXACT_DATES", onTheDay);

        assertThat(exactDates.due()).isEqualTo(ERAS.minusDays(60));
        assertThat(exactDates.movedFromPast()).isFalse();
    }

    @Test
    void the_grace_period_is_data() {
        RemediationCatalogue generous = new RemediationCatalogue(catalogue.entries(), 21);
        CycleDates late = EARLY.asOf(LocalDate.of(2025, 8, 1));

        assertThat(generous.suggest(TRAINING_GAP, late).getFirst().due()).isEqualTo(LocalDate.of(2025, 8, 22));
        assertThat(catalogue.graceDays()).isEqualTo(7);
    }

    @Property
    void no_suggested_due_date_is_ever_before_the_as_of_day(
            @ForAll FlagCategory category, @ForAll @IntRange(min = -400, max = 400) int daysFromEras) {
        CycleDates dates = EARLY.asOf(ERAS.plusDays(daysFromEras));

        assertThat(catalogue.suggest(category, dates)).allSatisfy(a -> {
            assertThat(a.due()).isAfterOrEqualTo(dates.asOf());
            assertThat(a.movedFromPast()).isEqualTo(a.calendarDue().isBefore(dates.asOf()));
            if (a.movedFromPast()) {
                assertThat(a.due()).isEqualTo(dates.asOf().plusDays(catalogue.graceDays()));
            }
        });
    }

    @Test
    void action_codes_are_unique_and_a_catalogue_with_duplicates_is_rejected() {
        List<String> all = catalogue.entries().stream().map(Entry::code).toList();
        assertThat(all).doesNotHaveDuplicates();

        Entry entry = catalogue.entries().getFirst();
        assertThatThrownBy(() -> new RemediationCatalogue(List.of(entry, entry), 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(entry.code());
    }

    @Test
    void the_bundle_holds_a_title_and_description_for_every_action_a_name_for_every_category_and_nothing_else() {
        ResourceBundle bundle = ResourceBundle.getBundle(RemediationCatalogue.BUNDLE, Locale.ROOT);
        Set<String> expected = new HashSet<>();
        for (Entry entry : catalogue.entries()) {
            expected.add("action." + entry.code() + ".title");
            expected.add("action." + entry.code() + ".description");
        }
        for (FlagCategory category : FlagCategory.values()) {
            expected.add("category." + category.name());
        }

        assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void apostrophes_survive_message_formatting() {
        assertThat(action(PROFESSIONALISM, "PROF_FORMAL_REMEDIATION", EARLY).description()).contains("school's");
    }

    @Test
    void a_locale_without_its_own_file_falls_back_to_the_base_texts() {
        assertThat(catalogue.suggest(LETTERS, EARLY, Locale.GERMAN)).isEqualTo(catalogue.suggest(LETTERS, EARLY));
    }

    @Test
    void a_calendar_out_of_order_is_rejected() {
        assertThatThrownBy(() -> new CycleDates(PROGRAMS, SUBMISSION, ERAS, EARLY.asOf()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
