package org.matchwise.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.applicant.ClinicalKind.OBSERVERSHIP;
import static org.matchwise.applicant.ClinicalKind.RESEARCH;
import static org.matchwise.applicant.ClinicalKind.SUB_INTERNSHIP;
import static org.matchwise.flags.FlagTesting.flags;
import static org.matchwise.testing.Profiles.clean;
import static org.matchwise.testing.Profiles.d;
import static org.matchwise.testing.Profiles.letter;
import static org.matchwise.testing.Profiles.us;
import static org.matchwise.testing.Profiles.usHandsOn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.testing.Profiles;

class ExperienceLetterCycleRulesTest {

    @Nested
    class R9_limited_usce {
        static ApplicantProfile handsOnDays(int days) {
            LocalDate start = d("2025-09-01");
            return clean().clinicalExperiences(List.of(ClinicalExperience.us(ClinicalKind.HANDS_ON,
                    Specialty.INTERNAL_MEDICINE, start, start.plusDays(days)))).build();
        }

        @Test
        void ninety_one_days_of_hands_on_is_below_3_months_and_fires_medium() {
            Flag f = flags(handsOnDays(91)).get(RuleId.R9);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("clinicalExperiences[0]");
        }

        @Test
        void ninety_two_days_does_not_fire() {
            assertThat(flags(handsOnDays(92))).doesNotContainKey(RuleId.R9);
        }

        @Test
        void observerships_only_fire_whatever_their_length() {
            ApplicantProfile p = clean().clinicalExperiences(List.of(us(OBSERVERSHIP, Specialty.INTERNAL_MEDICINE, "2025-01-01", "2026-01-01"))).build();
            assertThat(flags(p).get(RuleId.R9).message()).contains("observerships only");
        }

        @Test
        void days_of_several_us_hands_on_experiences_add_up_and_foreign_ones_do_not() {
            ApplicantProfile p = clean().clinicalExperiences(List.of(
                    usHandsOn(Specialty.INTERNAL_MEDICINE, "2025-09-01", "2025-10-17"),
                    us(SUB_INTERNSHIP, Specialty.INTERNAL_MEDICINE, "2026-01-01", "2026-02-16"),
                    ClinicalExperience.abroad(ClinicalKind.HANDS_ON, Specialty.INTERNAL_MEDICINE, d("2024-01-01"), d("2025-01-01"))))
                    .build();
            // 46 + 46 = 92 days
            assertThat(flags(p)).doesNotContainKey(RuleId.R9);
            assertThat(Figures.handsOnUsDays(p, Profiles.AS_OF)).isEqualTo(92);
        }

        @Test
        void an_ongoing_rotation_counts_up_to_the_as_of_date() {
            ApplicantProfile p = clean().clinicalExperiences(List.of(usHandsOn(Specialty.INTERNAL_MEDICINE, "2026-02-01", null))).build();
            assertThat(flags(p, d("2026-04-01"))).containsKey(RuleId.R9);
            assertThat(flags(p, d("2026-05-15"))).doesNotContainKey(RuleId.R9);
        }
    }

    @Nested
    class R10_specialty_exposure {
        @Test
        void no_us_experience_in_the_primary_specialty_fires_medium() {
            ApplicantProfile p = clean().targetSpecialties(Specialty.PEDIATRICS).letters(List.of(
                    letter(Specialty.PEDIATRICS, LetterStatus.RECEIVED), letter(Specialty.PEDIATRICS, LetterStatus.RECEIVED))).build();
            Flag f = flags(p).get(RuleId.R10);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("targetSpecialties");
        }

        @Test
        void med_peds_needs_both_internal_medicine_and_pediatrics() {
            ApplicantProfile imOnly = clean().targetSpecialties(Specialty.MED_PEDS).build();
            Flag f = flags(imOnly).get(RuleId.R10);
            assertThat(f.message()).isEqualTo("No US clinical experience in Pediatrics or Med-Peds for Med-Peds");
            assertThat(f.evidence()).containsExactly("targetSpecialties", "clinicalExperiences[0]", "clinicalExperiences[1]");
            ApplicantProfile both = clean().targetSpecialties(Specialty.MED_PEDS)
                    .clinicalExperience(us(OBSERVERSHIP, Specialty.PEDIATRICS, "2026-03-02", "2026-03-30")).build();
            assertThat(flags(both)).doesNotContainKey(RuleId.R10);
        }

        @Test
        void a_med_peds_rotation_covers_both_halves() {
            ApplicantProfile p = clean().targetSpecialties(Specialty.MED_PEDS)
                    .clinicalExperiences(List.of(usHandsOn(Specialty.MED_PEDS, "2025-09-01", "2026-01-31"))).build();
            assertThat(flags(p)).doesNotContainKey(RuleId.R10);
        }

        @Test
        void radiology_exposure_is_a_soft_low_flag() {
            ApplicantProfile p = clean().targetSpecialties(Specialty.DIAGNOSTIC_RADIOLOGY).build();
            assertThat(flags(p).get(RuleId.R10).severity()).isEqualTo(Severity.LOW);
        }

        @Test
        void research_in_the_specialty_is_not_clinical_exposure_and_foreign_rotations_do_not_count() {
            ApplicantProfile p = clean().targetSpecialties(Specialty.PEDIATRICS).clinicalExperiences(List.of(
                    usHandsOn(Specialty.INTERNAL_MEDICINE, "2025-09-01", "2026-01-31"),
                    us(RESEARCH, Specialty.PEDIATRICS, "2025-01-01", "2025-06-01"),
                    ClinicalExperience.abroad(ClinicalKind.HANDS_ON, Specialty.PEDIATRICS, d("2025-01-01"), d("2025-06-01")))).build();
            assertThat(flags(p)).containsKey(RuleId.R10);
        }
    }

    @Nested
    class R11_letters {
        static ApplicantProfile pediatrics(Letter... letters) {
            return clean().targetSpecialties(Specialty.PEDIATRICS)
                    .clinicalExperiences(List.of(usHandsOn(Specialty.PEDIATRICS, "2025-09-01", "2026-01-31")))
                    .letters(List.of(letters)).build();
        }

        @Test
        void two_pediatric_letters_requested_or_later_satisfy_pediatrics() {
            assertThat(flags(pediatrics(letter(Specialty.PEDIATRICS, LetterStatus.REQUESTED),
                    letter(Specialty.PEDIATRICS, LetterStatus.UPLOADED)))).doesNotContainKey(RuleId.R11);
        }

        @Test
        void an_identified_letter_does_not_count_yet() {
            Flag f = flags(pediatrics(letter(Specialty.PEDIATRICS, LetterStatus.IDENTIFIED),
                    letter(Specialty.PEDIATRICS, LetterStatus.RECEIVED))).get(RuleId.R11);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.message()).isEqualTo("Pediatrics asks for 2 US letters in Pediatrics; 1 counted");
            assertThat(f.evidence()).containsExactly("targetSpecialties", "letters[1]");
        }

        @Test
        void a_letter_from_abroad_does_not_count() {
            Letter abroad = new Letter("Dr Abroad", Specialty.PEDIATRICS, false, true, LetterStatus.RECEIVED,
                    LetterStrength.STRONG, null, true, null, null);
            assertThat(flags(pediatrics(abroad, letter(Specialty.PEDIATRICS, LetterStatus.RECEIVED)))).containsKey(RuleId.R11);
        }

        @Test
        void a_generic_letter_fires_even_when_the_count_is_met() {
            Letter generic = Letter.us("Dr Generic", Specialty.PEDIATRICS, LetterStatus.RECEIVED, LetterStrength.GENERIC);
            Flag f = flags(pediatrics(generic, letter(Specialty.PEDIATRICS, LetterStatus.RECEIVED))).get(RuleId.R11);
            assertThat(f.message()).isEqualTo("Letter from Dr Generic rated generic");
            assertThat(f.evidence()).containsExactly("letters[0]");
        }

        @Test
        void med_peds_counts_each_letter_once_toward_one_requirement() {
            ApplicantProfile oneMedPeds = clean().targetSpecialties(Specialty.MED_PEDS)
                    .letters(List.of(letter(Specialty.MED_PEDS, LetterStatus.RECEIVED))).build();
            assertThat(flags(oneMedPeds).get(RuleId.R11).message()).contains("1 US letters in");
            ApplicantProfile twoMedPeds = clean().targetSpecialties(Specialty.MED_PEDS).letters(List.of(
                    letter(Specialty.MED_PEDS, LetterStatus.RECEIVED), letter(Specialty.PEDIATRICS, LetterStatus.RECEIVED))).build();
            // the Med-Peds letter must go to the IM requirement for both to be met
            assertThat(flags(twoMedPeds)).doesNotContainKey(RuleId.R11);
        }

        @Test
        void specialties_without_requirements_only_fire_on_weak_letters() {
            assertThat(flags(clean().targetSpecialties(Specialty.PSYCHIATRY).letters(List.of()).build())).doesNotContainKey(RuleId.R11);
        }
    }

    @Nested
    class R14_multiple_cycles {
        static Cycle unmatched(int year) {
            return new Cycle(year, CycleOutcome.UNMATCHED, List.of(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, 60, 1)));
        }

        @Test
        void an_earlier_unmatched_cycle_with_new_experience_since_is_medium() {
            // the 2026 cycle's programs opened 2025-09-24; the clean profile has rotations starting 2025-09-01 and 2026-01-05
            Flag f = flags(clean().cycle(unmatched(2026)).build()).get(RuleId.R14);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("cycles[0]");
        }

        @Test
        void nothing_new_since_the_last_programs_opening_day_is_high() {
            ApplicantProfile p = clean().cycle(unmatched(2026)).clinicalExperiences(List.of(
                    usHandsOn(Specialty.INTERNAL_MEDICINE, "2025-06-01", "2025-09-30"))).build();
            assertThat(flags(p).get(RuleId.R14).severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void a_new_exam_result_is_a_change_but_a_scheduled_exam_is_not() {
            ApplicantProfile.Builder b = clean().cycle(unmatched(2026)).clinicalExperiences(List.of(
                    usHandsOn(Specialty.INTERNAL_MEDICINE, "2025-06-01", "2025-09-30")));
            assertThat(flags(b.exam(ExamAttempt.scheduled(org.matchwise.applicant.Exam.USMLE_STEP3, d("2026-06-01"))).build())
                    .get(RuleId.R14).severity()).isEqualTo(Severity.HIGH);
            assertThat(flags(b.exam(ExamAttempt.passed(org.matchwise.applicant.Exam.USMLE_STEP3, d("2026-01-10"))).build())
                    .get(RuleId.R14).severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void an_entry_starting_exactly_on_programs_opening_day_is_not_new() {
            ApplicantProfile p = clean().cycle(unmatched(2026)).clinicalExperiences(List.of(
                    usHandsOn(Specialty.INTERNAL_MEDICINE, "2025-09-24", "2026-02-28"))).build();
            assertThat(flags(p).get(RuleId.R14).severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void matched_cycles_and_the_current_cycle_do_not_count() {
            ApplicantProfile p = clean().cycle(new Cycle(2025, CycleOutcome.SOAP_MATCHED, List.of()))
                    .cycle(new Cycle(2027, CycleOutcome.IN_PROGRESS, List.of())).build();
            assertThat(flags(p)).doesNotContainKey(RuleId.R14);
        }
    }

    @Nested
    class R15_specialty_scatter {
        @Test
        void targets_in_one_family_do_not_scatter() {
            assertThat(flags(clean().targetSpecialties(Specialty.INTERNAL_MEDICINE, Specialty.FAMILY_MEDICINE,
                    Specialty.PRELIM_MEDICINE).build())).doesNotContainKey(RuleId.R15);
        }

        @Test
        void internal_medicine_with_psychiatry_scatters_low() {
            Flag f = flags(clean().targetSpecialties(Specialty.INTERNAL_MEDICINE, Specialty.PSYCHIATRY).build()).get(RuleId.R15);
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.evidence()).containsExactly("targetSpecialties");
        }

        @Test
        void transitional_year_fits_radiology() {
            assertThat(flags(clean().targetSpecialties(Specialty.DIAGNOSTIC_RADIOLOGY, Specialty.TRANSITIONAL_YEAR).build()))
                    .doesNotContainKey(RuleId.R15);
        }
    }

    @Nested
    class R18_manual {
        @Test
        void manual_flags_pass_through_after_the_detected_ones() {
            List<Flag> flags = RedFlagEngine.detect(clean().targetSpecialties(Specialty.INTERNAL_MEDICINE, Specialty.PSYCHIATRY).build(),
                    Profiles.rules(), Profiles.AS_OF,
                    List.of(new ManualFlag(Severity.MEDIUM, "Weak mock interview", "advisor@example.org", d("2026-05-01"))));
            assertThat(flags).extracting(Flag::rule).containsExactly(RuleId.R15, RuleId.R18);
            assertThat(flags.get(1).category()).isEqualTo(FlagCategory.MANUAL);
            assertThat(flags.get(1).message()).isEqualTo("Weak mock interview");
        }
    }
}
