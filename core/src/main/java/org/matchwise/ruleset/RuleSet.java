package org.matchwise.ruleset;

import static org.matchwise.applicant.Specialty.DIAGNOSTIC_RADIOLOGY;
import static org.matchwise.applicant.Specialty.FAMILY_MEDICINE;
import static org.matchwise.applicant.Specialty.GENERAL_SURGERY;
import static org.matchwise.applicant.Specialty.INTERNAL_MEDICINE;
import static org.matchwise.applicant.Specialty.MED_PEDS;
import static org.matchwise.applicant.Specialty.NEUROLOGY;
import static org.matchwise.applicant.Specialty.OTHER;
import static org.matchwise.applicant.Specialty.PEDIATRICS;
import static org.matchwise.applicant.Specialty.PRELIM_MEDICINE;
import static org.matchwise.applicant.Specialty.PSYCHIATRY;
import static org.matchwise.applicant.Specialty.TRANSITIONAL_YEAR;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matchwise.applicant.Specialty;

/**
 * Every threshold of domain.md for one school and match year, as immutable data. Rule code reads
 * all of its numbers from here; nothing is a literal in the rules.
 *
 * @param identity             school, match year and version
 * @param calendar             the season's dates for {@code identity.matchYear()}
 * @param thresholds           months, days and score limits of R1-R17
 * @param scoreBands           Step 2 CK bands per specialty (absent: none set)
 * @param letterRequirements   R11 requirements per primary specialty (absent: none set)
 * @param families             R15 specialty families
 * @param universalSpecialties specialties that fit every family (prelim medicine, transitional year)
 * @param exposureRequirements R10: per target specialty, the groups of experience specialties that must
 *                             each be covered (Med-Peds: {IM or Med-Peds} and {Pediatrics or Med-Peds});
 * @param softExposureSpecialties targets for which R10 is LOW (a "soft flag": radiology)
 * @param recommendedPrograms  program-list sizes per specialty
 * @param highClerkships       R12: per primary specialty, the clerkships whose failure is HIGH ("a failed
 *                             clerkship in the primary specialty"; absent: none, as for a transitional year).
 *                             Null (a document written before this field) takes the defaults.
 */
public record RuleSet(
        RuleSetIdentity identity,
        MatchCalendar calendar,
        Thresholds thresholds,
        Map<Specialty, ScoreBands> scoreBands,
        Map<Specialty, List<LetterRequirement>> letterRequirements,
        List<Set<Specialty>> families,
        Set<Specialty> universalSpecialties,
        Map<Specialty, List<Set<Specialty>>> exposureRequirements,
        Set<Specialty> softExposureSpecialties,
        Map<Specialty, ProgramRecommendation> recommendedPrograms,
        Map<Specialty, Set<Specialty>> highClerkships) {

    public RuleSet {
        Objects.requireNonNull(identity, "identity is required");
        Objects.requireNonNull(calendar, "calendar is required");
        Objects.requireNonNull(thresholds, "thresholds is required");
        scoreBands = Map.copyOf(scoreBands);
        Map<Specialty, List<LetterRequirement>> letters = new EnumMap<>(Specialty.class);
        letterRequirements.forEach((k, v) -> letters.put(k, List.copyOf(v)));
        letterRequirements = Map.copyOf(letters);
        families = families.stream().map(Set::copyOf).toList();
        universalSpecialties = Set.copyOf(universalSpecialties);
        Map<Specialty, List<Set<Specialty>>> exposure = new EnumMap<>(Specialty.class);
        exposureRequirements.forEach((k, v) -> exposure.put(k, v.stream().map(Set::copyOf).toList()));
        exposureRequirements = Map.copyOf(exposure);
        softExposureSpecialties = Set.copyOf(softExposureSpecialties);
        recommendedPrograms = Map.copyOf(recommendedPrograms);
        Map<Specialty, Set<Specialty>> clerkships = new EnumMap<>(Specialty.class);
        (highClerkships == null ? defaultHighClerkships() : highClerkships)
                .forEach((k, v) -> clerkships.put(k, Set.copyOf(v)));
        highClerkships = Map.copyOf(clerkships);
    }

    /**
     * The domain.md defaults for {@code matchYear}, owned by no school, version 1.
     *
     * <p>Decisions where domain.md is silent: Med-Peds programs are "nearly all IMG-friendly programs",
     * recorded as a minimum of 60; Internal Medicine 100 with no upper end; Pediatrics 40 to 80.
     * Prelim medicine is covered by an IM, Med-Peds or prelim experience; a transitional year by any
     * US clinical experience; every other specialty by an experience in itself.
     */
    public static RuleSet defaults(int matchYear) {
        Map<Specialty, ScoreBands> bands = new EnumMap<>(Specialty.class);
        bands.put(MED_PEDS, new ScoreBands(225, 220, null, null, 245, 230, 240));
        bands.put(PEDIATRICS, new ScoreBands(220, null, 235, 228, null, null, null));
        bands.put(INTERNAL_MEDICINE, ScoreBands.low(220));

        Map<Specialty, List<LetterRequirement>> letters = new EnumMap<>(Specialty.class);
        letters.put(PEDIATRICS, List.of(LetterRequirement.of(2, PEDIATRICS)));
        letters.put(MED_PEDS, List.of(LetterRequirement.of(1, INTERNAL_MEDICINE, MED_PEDS),
                LetterRequirement.of(1, PEDIATRICS, MED_PEDS)));
        letters.put(INTERNAL_MEDICINE, List.of(LetterRequirement.of(2, INTERNAL_MEDICINE)));
        letters.put(DIAGNOSTIC_RADIOLOGY, List.of(LetterRequirement.of(1, DIAGNOSTIC_RADIOLOGY)));

        List<Set<Specialty>> families = List.of(
                Set.of(INTERNAL_MEDICINE, PEDIATRICS, MED_PEDS, FAMILY_MEDICINE),
                Set.of(DIAGNOSTIC_RADIOLOGY),
                Set.of(GENERAL_SURGERY),
                Set.of(PSYCHIATRY, NEUROLOGY));

        Map<Specialty, List<Set<Specialty>>> exposure = new EnumMap<>(Specialty.class);
        exposure.put(MED_PEDS, List.of(Set.of(INTERNAL_MEDICINE, MED_PEDS), Set.of(PEDIATRICS, MED_PEDS)));
        exposure.put(INTERNAL_MEDICINE, List.of(Set.of(INTERNAL_MEDICINE, MED_PEDS)));
        exposure.put(PEDIATRICS, List.of(Set.of(PEDIATRICS, MED_PEDS)));
        exposure.put(PRELIM_MEDICINE, List.of(Set.of(PRELIM_MEDICINE, INTERNAL_MEDICINE, MED_PEDS)));
        exposure.put(TRANSITIONAL_YEAR, List.of(EnumSet.allOf(Specialty.class)));
        for (Specialty s : List.of(DIAGNOSTIC_RADIOLOGY, FAMILY_MEDICINE, PSYCHIATRY, NEUROLOGY, GENERAL_SURGERY, OTHER)) {
            exposure.put(s, List.of(Set.of(s)));
        }

        Map<Specialty, ProgramRecommendation> programs = new EnumMap<>(Specialty.class);
        programs.put(PEDIATRICS, new ProgramRecommendation(40, 80));
        programs.put(INTERNAL_MEDICINE, new ProgramRecommendation(100, null));
        programs.put(MED_PEDS, new ProgramRecommendation(60, null));

        return new RuleSet(new RuleSetIdentity(null, matchYear, 1), MatchCalendar.defaults(matchYear),
                Thresholds.defaults(), bands, letters, families, Set.of(PRELIM_MEDICINE, TRANSITIONAL_YEAR), exposure,
                Set.of(DIAGNOSTIC_RADIOLOGY), programs, defaultHighClerkships());
    }

    /**
     * domain.md "Clarifications", R12: Med-Peds primary: Internal medicine, Pediatrics or Med-Peds clerkships;
     * Pediatrics or Internal medicine primary: that clerkship or Med-Peds; Prelim medicine: Internal medicine or
     * Med-Peds; a transitional year makes no clerkship failure HIGH; every other specialty: its own clerkship.
     */
    private static Map<Specialty, Set<Specialty>> defaultHighClerkships() {
        Map<Specialty, Set<Specialty>> high = new EnumMap<>(Specialty.class);
        high.put(MED_PEDS, Set.of(INTERNAL_MEDICINE, PEDIATRICS, MED_PEDS));
        high.put(PEDIATRICS, Set.of(PEDIATRICS, MED_PEDS));
        high.put(INTERNAL_MEDICINE, Set.of(INTERNAL_MEDICINE, MED_PEDS));
        high.put(PRELIM_MEDICINE, Set.of(INTERNAL_MEDICINE, MED_PEDS));
        for (Specialty s : List.of(DIAGNOSTIC_RADIOLOGY, FAMILY_MEDICINE, PSYCHIATRY, NEUROLOGY, GENERAL_SURGERY, OTHER)) {
            high.put(s, Set.of(s));
        }
        return high;
    }

    public int matchYear() {
        return identity.matchYear();
    }

    /** A new match year starting as a copy of this one: same school and values, calendar shifted, version 1. */
    public RuleSet copyForMatchYear(int matchYear) {
        return toBuilder()
                .identity(new RuleSetIdentity(identity.school(), matchYear, 1))
                .calendar(calendar.shiftedByYears(matchYear - identity.matchYear()))
                .build();
    }

    /** The calendar of another match year (an earlier cycle, for R14), shifted from this one's. */
    public MatchCalendar calendarFor(int otherMatchYear) {
        return otherMatchYear == identity.matchYear() ? calendar
                : calendar.shiftedByYears(otherMatchYear - identity.matchYear());
    }

    public ScoreBands scoreBands(Specialty specialty) {
        return specialty == null ? ScoreBands.NONE : scoreBands.getOrDefault(specialty, ScoreBands.NONE);
    }

    public List<LetterRequirement> letterRequirements(Specialty specialty) {
        return specialty == null ? List.of() : letterRequirements.getOrDefault(specialty, List.of());
    }

    public List<Set<Specialty>> exposureRequirements(Specialty specialty) {
        return specialty == null ? List.of() : exposureRequirements.getOrDefault(specialty, List.of());
    }

    /** R12: the clerkships whose failure is HIGH for this primary specialty (empty: none). */
    public Set<Specialty> highClerkships(Specialty primary) {
        return primary == null ? Set.of() : highClerkships.getOrDefault(primary, Set.of());
    }

    /** The recommended program count for a specialty, or null when none is set. */
    public ProgramRecommendation recommendedPrograms(Specialty specialty) {
        return recommendedPrograms.get(specialty);
    }

    public RuleSet withIdentity(RuleSetIdentity v) { return toBuilder().identity(v).build(); }
    public RuleSet withSchool(String school) { return withIdentity(new RuleSetIdentity(school, identity.matchYear(), identity.version())); }
    /** The same values as the next version (after an admin's edit). */
    public RuleSet nextVersion() { return withIdentity(new RuleSetIdentity(identity.school(), identity.matchYear(), identity.version() + 1)); }
    public RuleSet withCalendar(MatchCalendar v) { return toBuilder().calendar(v).build(); }
    public RuleSet withThresholds(Thresholds v) { return toBuilder().thresholds(v).build(); }
    public RuleSet withScoreBands(Specialty s, ScoreBands v) { return toBuilder().scoreBands(s, v).build(); }
    public RuleSet withLetterRequirements(Specialty s, List<LetterRequirement> v) { return toBuilder().letterRequirements(s, v).build(); }
    public RuleSet withFamilies(List<Set<Specialty>> v) { return toBuilder().families(v).build(); }
    public RuleSet withUniversalSpecialties(Set<Specialty> v) { return toBuilder().universalSpecialties(v).build(); }
    public RuleSet withExposureRequirements(Specialty s, List<Set<Specialty>> v) { return toBuilder().exposureRequirements(s, v).build(); }
    public RuleSet withSoftExposureSpecialties(Set<Specialty> v) { return toBuilder().softExposureSpecialties(v).build(); }
    public RuleSet withRecommendedPrograms(Specialty s, ProgramRecommendation v) { return toBuilder().recommendedPrograms(s, v).build(); }
    public RuleSet withHighClerkships(Specialty s, Set<Specialty> v) { return toBuilder().highClerkships(s, v).build(); }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable editor of a rule set; {@code null} for a per-specialty value removes it. */
    public static final class Builder {
        private RuleSetIdentity identity;
        private MatchCalendar calendar;
        private Thresholds thresholds;
        private final Map<Specialty, ScoreBands> scoreBands;
        private final Map<Specialty, List<LetterRequirement>> letterRequirements;
        private List<Set<Specialty>> families;
        private Set<Specialty> universalSpecialties;
        private final Map<Specialty, List<Set<Specialty>>> exposureRequirements;
        private Set<Specialty> softExposureSpecialties;
        private final Map<Specialty, ProgramRecommendation> recommendedPrograms;
        private final Map<Specialty, Set<Specialty>> highClerkships;

        private Builder(RuleSet from) {
            identity = from.identity;
            calendar = from.calendar;
            thresholds = from.thresholds;
            scoreBands = new LinkedHashMap<>(from.scoreBands);
            letterRequirements = new LinkedHashMap<>(from.letterRequirements);
            families = new ArrayList<>(from.families);
            universalSpecialties = from.universalSpecialties;
            exposureRequirements = new LinkedHashMap<>(from.exposureRequirements);
            softExposureSpecialties = from.softExposureSpecialties;
            recommendedPrograms = new LinkedHashMap<>(from.recommendedPrograms);
            highClerkships = new LinkedHashMap<>(from.highClerkships);
        }

        public Builder identity(RuleSetIdentity v) { identity = v; return this; }
        public Builder calendar(MatchCalendar v) { calendar = v; return this; }
        public Builder thresholds(Thresholds v) { thresholds = v; return this; }
        public Builder scoreBands(Specialty s, ScoreBands v) { return put(scoreBands, s, v); }
        public Builder letterRequirements(Specialty s, List<LetterRequirement> v) { return put(letterRequirements, s, v); }
        public Builder families(List<Set<Specialty>> v) { families = new ArrayList<>(v); return this; }
        public Builder universalSpecialties(Set<Specialty> v) { universalSpecialties = v; return this; }
        public Builder exposureRequirements(Specialty s, List<Set<Specialty>> v) { return put(exposureRequirements, s, v); }
        public Builder softExposureSpecialties(Set<Specialty> v) { softExposureSpecialties = v; return this; }
        public Builder recommendedPrograms(Specialty s, ProgramRecommendation v) { return put(recommendedPrograms, s, v); }
        public Builder highClerkships(Specialty s, Set<Specialty> v) { return put(highClerkships, s, v); }

        private <V> Builder put(Map<Specialty, V> map, Specialty key, V value) {
            Objects.requireNonNull(key, "specialty is required");
            if (value == null) {
                map.remove(key);
            } else {
                map.put(key, value);
            }
            return this;
        }

        public RuleSet build() {
            return new RuleSet(identity, calendar, thresholds, scoreBands, letterRequirements, families,
                    universalSpecialties, exposureRequirements, softExposureSpecialties, recommendedPrograms,
                    highClerkships);
        }
    }
}
