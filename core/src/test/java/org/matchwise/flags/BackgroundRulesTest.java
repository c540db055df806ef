package org.matchwise.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.applicant.Exam.USMLE_STEP1;
import static org.matchwise.applicant.Exam.USMLE_STEP2_CK;
import static org.matchwise.applicant.ExamAttempt.failed;
import static org.matchwise.applicant.ExamAttempt.passed;
import static org.matchwise.flags.FlagTesting.flags;
import static org.matchwise.testing.Profiles.clean;
import static org.matchwise.testing.Profiles.d;
import static org.matchwise.testing.Profiles.usHandsOn;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.AcademicKind;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.testing.Profiles;

class BackgroundRulesTest {

    static TimelineEntry education() {
        return TimelineEntry.of(TimelineKind.EDUCATION, d("2020-08-15"), d("2024-05-30"), true);
    }

    /** Education to 2024-05-30, then research from {@code start}, ongoing. */
    static ApplicantProfile researchFrom(String start) {
        return clean().timeline(List.of(education(), TimelineEntry.of(TimelineKind.RESEARCH, d(start), null, false))).build();
    }

    @Nested
    class R5_training_gap {
        @Test
        void a_gap_of_91_days_is_under_3_months_and_does_not_fire() {
            // 3 months = 91.32 days; 91 days is 2.99 months
            assertThat(flags(researchFrom("2024-08-29"))).doesNotContainKey(RuleId.R5);
        }

        @Test
        void a_gap_of_92_days_is_over_3_months_and_fires_medium() {
            Flag f = flags(researchFrom("2024-08-30")).get(RuleId.R5);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("timeline[0]", "timeline[1]");
            assertThat(f.message()).isEqualTo("No recorded activity from 2024-05-30 to 2024-08-30 (3.0 months)");
        }

        @Test
        void a_gap_of_365_days_is_medium_and_366_days_is_high() {
            // 12 months = 365.28 days
            assertThat(flags(researchFrom("2025-05-30")).get(RuleId.R5).severity()).isEqualTo(Severity.MEDIUM);
            assertThat(flags(researchFrom("2025-05-31")).get(RuleId.R5).severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void clinical_experiences_and_leaves_cover_time() {
            ApplicantProfile p = clean().timeline(List.of(education(),
                            TimelineEntry.leave(LeaveReason.FAMILY, d("2024-06-01"), d("2024-12-31")),
                            TimelineEntry.of(TimelineKind.RESEARCH, d("2025-09-01"), null, false)))
                    .clinicalExperience(new ClinicalExperience(ClinicalKind.HANDS_ON, Specialty.INTERNAL_MEDICINE, null,
                            null, false, d("2025-01-01"), d("2025-08-31"), null))
                    .build();
            assertThat(flags(p)).doesNotContainKey(RuleId.R5);
        }

        @Test
        void exams_cover_no_time() {
            ApplicantProfile p = clean().timeline(List.of(education(), TimelineEntry.of(TimelineKind.RESEARCH, d("2025-01-01"), null, false)))
                    .exam(passed(org.matchwise.applicant.Exam.USMLE_STEP3, d("2024-09-01"))).build();
            assertThat(flags(p)).containsKey(RuleId.R5);
        }

        @Test
        void a_gap_right_after_matriculation_names_the_matriculation_date() {
            ApplicantProfile p = clean().timeline(List.of(
                    TimelineEntry.of(TimelineKind.EDUCATION, d("2021-01-01"), d("2024-05-30"), true),
                    TimelineEntry.of(TimelineKind.RESEARCH, d("2024-06-01"), null, false))).build();
            assertThat(flags(p).get(RuleId.R5).evidence()).containsExactly("matriculationDate", "timeline[0]");
        }

        @Test
        void an_open_stretch_before_the_as_of_date_is_a_gap() {
            ApplicantProfile p = clean().timeline(List.of(education(),
                    TimelineEntry.of(TimelineKind.RESEARCH, d("2024-06-01"), d("2025-06-30"), false))).clinicalExperiences(List.of(
                    usHandsOn(Specialty.INTERNAL_MEDICINE, "2025-07-01", "2025-10-31"))).build();
            // uncovered from 2025-10-31 to the as-of date 2026-05-15: 6.5 months
            Flag f = flags(p).get(RuleId.R5);
            assertThat(f.evidence()).containsExactly("clinicalExperiences[0]");
            assertThat(f.message()).contains("2025-10-31 to 2026-05-15");
        }

        @Test
        void the_window_ends_at_eras_opening_when_assessed_later() {
            ApplicantProfile p = clean().timeline(List.of(education(),
                    TimelineEntry.of(TimelineKind.RESEARCH, d("2024-06-01"), d("2026-03-15"), false))).build();
            // as of 2026-09-01 the window ends 2026-06-01: 2026-03-15 to 2026-06-01 is 78 days, no gap
            assertThat(flags(p, d("2026-09-01"))).doesNotContainKey(RuleId.R5);
        }

        @Test
        void an_entry_that_ends_before_it_starts_covers_nothing() {
            ApplicantProfile p = clean().timeline(List.of(education(),
                    TimelineEntry.of(TimelineKind.WORK, d("2026-01-01"), d("2024-06-01"), true))).clinicalExperiences(List.of()).build();
            assertThat(flags(p)).containsKeys(RuleId.R5, RuleId.R17);
        }
    }

    @Nested
    class R6_leave_of_absence {
        static ApplicantProfile withLeaves(TimelineEntry... leaves) {
            ApplicantProfile.Builder b = clean();
            for (TimelineEntry l : leaves) {
                b.timelineEntry(l);
            }
            return b.build();
        }

        @Test
        void a_leave_alone_is_low_and_isolated() {
            Flag f = flags(withLeaves(TimelineEntry.leave(LeaveReason.HEALTH, d("2022-01-01"), d("2022-06-30")))).get(RuleId.R6);
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.pattern()).isEqualTo(PatternMark.ISOLATED);
            assertThat(f.evidence()).containsExactly("timeline[2]");
            assertThat(f.message()).doesNotContain("HEALTH");
        }

        @Test
        void a_leave_with_an_exam_failure_is_medium() {
            ApplicantProfile p = withLeaves(TimelineEntry.leave(LeaveReason.HEALTH, d("2022-01-01"), d("2022-06-30")))
                    .toBuilder().exam(failed(USMLE_STEP1, d("2021-12-01"))).build();
            assertThat(flags(p).get(RuleId.R6).severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void a_leave_with_an_academic_concern_is_medium() {
            ApplicantProfile p = withLeaves(TimelineEntry.leave(LeaveReason.ACADEMIC, d("2022-01-01"), d("2022-06-30")))
                    .toBuilder().academicEvent(AcademicEvent.of(AcademicKind.REPEATED_YEAR, null, d("2022-08-01"), false)).build();
            assertThat(flags(p).get(RuleId.R6).severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void two_leaves_are_a_pattern() {
            Flag f = flags(withLeaves(TimelineEntry.leave(LeaveReason.HEALTH, d("2021-01-01"), d("2021-03-30")),
                    TimelineEntry.leave(LeaveReason.FAMILY, d("2022-01-01"), d("2022-06-30")))).get(RuleId.R6);
            assertThat(f.pattern()).isEqualTo(PatternMark.PATTERN);
        }

        @Test
        void no_leave_does_not_fire() {
            assertThat(flags(clean().build())).doesNotContainKey(RuleId.R6);
        }
    }

    @Nested
    class R7_time_since_graduation {
        static ApplicantProfile graduated(String date) {
            return clean().graduationDate(d(date))
                    .timeline(List.of(TimelineEntry.of(TimelineKind.EDUCATION, d("2018-08-15"), d(date), true),
                            TimelineEntry.of(TimelineKind.WORK, d(date), null, true)))
                    .matriculationDate(d("2018-08-15")).build();
        }

        @Test
        void graduating_exactly_3_years_before_eras_opening_does_not_fire() {
            assertThat(flags(graduated("2023-06-01"))).doesNotContainKey(RuleId.R7);
        }

        @Test
        void one_day_more_fires_medium() {
            Flag f = flags(graduated("2023-05-31")).get(RuleId.R7);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("graduationDate");
        }

        @Test
        void with_no_recent_clinical_experience_it_is_high() {
            ApplicantProfile p = graduated("2020-05-31").toBuilder().matriculationDate(d("2016-08-15"))
                    .clinicalExperiences(List.of(usHandsOn(Specialty.INTERNAL_MEDICINE, "2022-01-01", "2022-06-30"))).build();
            var flags = flags(p);
            assertThat(flags).containsKey(RuleId.R8);
            assertThat(flags.get(RuleId.R7).severity()).isEqualTo(Severity.HIGH);
        }
    }

    @Nested
    class R8_no_recent_clinical {
        static ApplicantProfile lastClinicalEnding(String end) {
            return clean().clinicalExperiences(List.of(usHandsOn(Specialty.INTERNAL_MEDICINE, "2024-01-01", end))).build();
        }

        @Test
        void an_experience_ending_365_days_before_eras_opening_is_recent() {
            // 12 months = 365.28 days before 2026-06-01
            assertThat(flags(lastClinicalEnding("2025-06-01"))).doesNotContainKey(RuleId.R8);
        }

        @Test
        void one_ending_366_days_before_fires_medium() {
            Flag f = flags(lastClinicalEnding("2025-05-31")).get(RuleId.R8);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("clinicalExperiences[0]");
        }

        @Test
        void none_within_24_months_is_high() {
            assertThat(flags(lastClinicalEnding("2024-06-01")).get(RuleId.R8).severity()).isEqualTo(Severity.MEDIUM);
            assertThat(flags(lastClinicalEnding("2024-05-31")).get(RuleId.R8).severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void no_clinical_experience_at_all_is_high() {
            Flag f = flags(clean().clinicalExperiences(List.of()).build()).get(RuleId.R8);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).containsExactly("clinicalExperiences");
        }

        @Test
        void a_recent_observership_abroad_counts_but_research_does_not() {
            ApplicantProfile abroad = clean().clinicalExperiences(List.of(ClinicalExperience.abroad(ClinicalKind.OBSERVERSHIP,
                    Specialty.PEDIATRICS, d("2026-01-01"), d("2026-02-01")))).build();
            assertThat(flags(abroad)).doesNotContainKey(RuleId.R8);
            ApplicantProfile research = clean().clinicalExperiences(List.of(ClinicalExperience.us(ClinicalKind.RESEARCH,
                    Specialty.PEDIATRICS, d("2026-01-01"), d("2026-02-01")))).build();
            assertThat(flags(research)).containsKey(RuleId.R8);
        }

        @Test
        void an_ongoing_experience_is_recent() {
            assertThat(flags(clean().clinicalExperiences(List.of(usHandsOn(Specialty.INTERNAL_MEDICINE, "2020-01-01", null))).build()))
                    .doesNotContainKey(RuleId.R8);
        }
    }

    @Nested
    class R12_academic_concern {
        @Test
        void a_failed_course_repeated_and_passed_is_medium_isolated_and_recovered() {
            Flag f = flags(clean().academicEvent(AcademicEvent.of(AcademicKind.COURSE_FAILURE, "Pharmacology",
                    d("2021-03-01"), true)).build()).get(RuleId.R12);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.pattern()).isEqualTo(PatternMark.ISOLATED_RECOVERED);
            assertThat(f.evidence()).containsExactly("academicEvents[0]");
        }

        @Test
        void probation_is_isolated_without_recovery() {
            assertThat(flags(clean().academicEvent(AcademicEvent.of(AcademicKind.PROBATION, null, d("2021-03-01"), false))
                    .build()).get(RuleId.R12).pattern()).isEqualTo(PatternMark.ISOLATED);
        }

        @Test
        void a_failed_clerkship_in_the_primary_specialty_is_high() {
            assertThat(flags(clean().academicEvent(AcademicEvent.of(AcademicKind.CLERKSHIP_FAILURE, "INTERNAL_MEDICINE",
                    d("2023-03-01"), true)).build()).get(RuleId.R12).severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void for_med_peds_a_failed_pediatrics_clerkship_is_high_and_surgery_is_medium() {
            ApplicantProfile.Builder medPeds = clean().targetSpecialties(Specialty.MED_PEDS);
            assertThat(flags(medPeds.academicEvents(List.of(AcademicEvent.of(AcademicKind.CLERKSHIP_FAILURE, "PEDIATRICS",
                    d("2023-03-01"), true))).build()).get(RuleId.R12).severity()).isEqualTo(Severity.HIGH);
            assertThat(flags(medPeds.academicEvents(List.of(AcademicEvent.of(AcademicKind.CLERKSHIP_FAILURE, "GENERAL_SURGERY",
                    d("2023-03-01"), true))).build()).get(RuleId.R12).severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void a_transitional_year_primary_makes_no_failed_clerkship_high() {
            assertThat(flags(clean().targetSpecialties(Specialty.TRANSITIONAL_YEAR).academicEvents(List.of(
                    AcademicEvent.of(AcademicKind.CLERKSHIP_FAILURE, "INTERNAL_MEDICINE", d("2023-03-01"), true)))
                    .build()).get(RuleId.R12).severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void for_prelim_medicine_an_internal_medicine_or_med_peds_clerkship_is_high_and_pediatrics_is_medium() {
            ApplicantProfile.Builder prelim = clean().targetSpecialties(Specialty.PRELIM_MEDICINE);
            for (String high : List.of("INTERNAL_MEDICINE", "MED_PEDS")) {
                assertThat(flags(prelim.academicEvents(List.of(AcademicEvent.of(AcademicKind.CLERKSHIP_FAILURE, high,
                        d("2023-03-01"), true))).build()).get(RuleId.R12).severity()).as(high).isEqualTo(Severity.HIGH);
            }
            assertThat(flags(prelim.academicEvents(List.of(AcademicEvent.of(AcademicKind.CLERKSHIP_FAILURE, "PEDIATRICS",
                    d("2023-03-01"), true))).build()).get(RuleId.R12).severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void for_pediatrics_a_med_peds_clerkship_is_high_and_internal_medicine_is_medium() {
            ApplicantProfile.Builder peds = clean().targetSpecialties(Specialty.PEDIATRICS);
            assertThat(flags(peds.academicEvents(List.of(AcademicEvent.of(AcademicKind.CLERKSHIP_FAILURE, "MED_PEDS",
                    d("2023-03-01"), true))).build()).get(RuleId.R12).severity()).isEqualTo(Severity.HIGH);
            assertThat(flags(peds.academicEvents(List.of(AcademicEvent.of(AcademicKind.CLERKSHIP_FAILURE, "INTERNAL_MEDICINE",
                    d("2023-03-01"), true))).build()).get(RuleId.R12).severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void two_events_are_a_pattern() {
            assertThat(flags(clean().academicEvent(AcademicEvent.of(AcademicKind.COURSE_FAILURE, "Anatomy", d("2021-01-01"), true))
                    .academicEvent(AcademicEvent.of(AcademicKind.REPEATED_YEAR, null, d("2021-08-01"), false)).build())
                    .get(RuleId.R12).pattern()).isEqualTo(PatternMark.PATTERN);
        }

        @Test
        void no_event_does_not_fire() {
            assertThat(flags(clean().build())).doesNotContainKey(RuleId.R12);
        }
    }

    @Nested
    class R13_professionalism {
        @Test
        void any_event_is_high_and_isolated_even_with_remediation() {
            Flag f = flags(clean().professionalismEvent(new ProfessionalismEvent(d("2022-02-01"), "late", true, false)).build())
                    .get(RuleId.R13);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.pattern()).isEqualTo(PatternMark.ISOLATED);
            assertThat(f.message()).doesNotContain("late");
        }

        @Test
        void two_events_are_a_pattern() {
            assertThat(flags(clean().professionalismEvent(new ProfessionalismEvent(d("2022-02-01"), "a", true, false))
                    .professionalismEvent(new ProfessionalismEvent(null, "b", false, true)).build()).get(RuleId.R13).pattern())
                    .isEqualTo(PatternMark.PATTERN);
        }

        @Test
        void no_event_does_not_fire() {
            assertThat(flags(clean().build())).doesNotContainKey(RuleId.R13);
        }
    }

    @Nested
    class R17_cv_inconsistency {
        @Test
        void an_experience_that_ends_before_it_starts_is_kept_and_reported_low() {
            ApplicantProfile p = clean().clinicalExperience(usHandsOn(Specialty.INTERNAL_MEDICINE, "2025-05-01", "2025-04-01")).build();
            Flag f = flags(p).get(RuleId.R17);
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.evidence()).containsExactly("clinicalExperiences[2]");
        }

        @Test
        void full_time_entries_overlapping_by_more_than_a_month_fire() {
            ApplicantProfile p = clean().timelineEntry(TimelineEntry.of(TimelineKind.WORK, d("2024-04-01"), d("2024-08-01"), true)).build();
            // overlaps education (to 2024-05-30) by 59 days
            assertThat(flags(p).get(RuleId.R17).evidence()).containsExactly("timeline[0]", "timeline[2]");
        }

        @Test
        void an_overlap_of_30_days_is_tolerated_and_32_days_is_not() {
            // 1 month = 30.44 days
            assertThat(flags(clean().timelineEntry(TimelineEntry.of(TimelineKind.WORK, d("2024-04-30"), d("2024-09-01"), true))
                    .build())).doesNotContainKey(RuleId.R17);
            assertThat(flags(clean().timelineEntry(TimelineEntry.of(TimelineKind.WORK, d("2024-04-28"), d("2024-09-01"), true))
                    .build())).containsKey(RuleId.R17);
        }

        @Test
        void part_time_entries_and_leaves_may_overlap() {
            ApplicantProfile p = clean().timelineEntry(TimelineEntry.of(TimelineKind.VOLUNTEERING, d("2021-01-01"), d("2023-01-01"), false))
                    .timelineEntry(new TimelineEntry(TimelineKind.LEAVE_OF_ABSENCE, null, LeaveReason.HEALTH, d("2022-01-01"),
                            d("2022-06-01"), true)).build();
            assertThat(flags(p)).doesNotContainKey(RuleId.R17);
        }

        @Test
        void consistent_data_does_not_fire() {
            assertThat(flags(clean().build())).isEmpty();
        }
    }

    @Test
    void the_clean_fixture_raises_nothing_as_of_several_dates() {
        for (String asOf : List.of("2026-03-01", "2026-05-15", "2026-06-01", "2026-09-01")) {
            assertThat(flags(clean().build(), d(asOf))).as(asOf).isEmpty();
        }
        assertThat(Profiles.rules().thresholds().months(91)).isLessThan(3.0);
        assertThat(Profiles.rules().thresholds().months(92)).isGreaterThan(3.0);
    }

    @Test
    void passing_both_steps_is_no_exam_flag() {
        assertThat(flags(clean().exams(List.of(passed(USMLE_STEP1, d("2022-06-01")), passed(USMLE_STEP2_CK, d("2023-07-01"), 240)))
                .build())).isEmpty();
    }
}
