package org.matchwise.flags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.Specialty;
import org.matchwise.flags.Evidence.Source;
import org.matchwise.ruleset.LetterRequirement;
import org.matchwise.ruleset.RuleSet;

/** Figures derived from a profile that the rules use and the dashboards and reports show. */
public final class Figures {
    private Figures() {
    }

    /**
     * Days of US hands-on experience (HANDS_ON, SUB_INTERNSHIP, CLINICAL_JOB), added up as R9 does:
     * overlaps are not merged; an ongoing experience counts up to {@code asOf}; entries that end before
     * they start count nothing.
     */
    public static long handsOnUsDays(ApplicantProfile profile, LocalDate asOf) {
        long days = 0;
        for (ClinicalExperience c : profile.clinicalExperiences()) {
            if (c.us() && c.kind().isHandsOn() && c.hasValidDates()) {
                LocalDate end = c.end() != null ? c.end() : asOf;
                days += Math.max(0, end.toEpochDay() - c.start().toEpochDay());
            }
        }
        return days;
    }

    /** {@link #handsOnUsDays} as months (days / daysPerMonth, unrounded). */
    public static double handsOnUsMonths(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf) {
        return ruleSet.thresholds().months(handsOnUsDays(profile, asOf));
    }

    /** Coverage of every target specialty, in target order. */
    public static List<SpecialtyCoverage> specialtyCoverage(ApplicantProfile profile, RuleSet ruleSet) {
        List<SpecialtyCoverage> out = new ArrayList<>();
        for (Specialty target : profile.targetSpecialties()) {
            out.add(coverage(profile, ruleSet, target));
        }
        return out;
    }

    /** Coverage of one target: each required group needs a US clinical (not research) experience in it. */
    public static SpecialtyCoverage coverage(ApplicantProfile profile, RuleSet ruleSet, Specialty target) {
        List<Set<Specialty>> required = ruleSet.exposureRequirements(target);
        List<Set<Specialty>> missing = new ArrayList<>();
        Evidence evidence = new Evidence();
        List<ClinicalExperience> clinical = profile.clinicalExperiences();
        for (Set<Specialty> group : required) {
            boolean covered = false;
            for (int i = 0; i < clinical.size(); i++) {
                ClinicalExperience c = clinical.get(i);
                if (c.us() && c.kind().isClinical() && c.hasValidDates() && group.contains(c.specialty())) {
                    covered = true;
                    evidence.add(Source.CLINICAL, i);
                }
            }
            if (!covered) {
                missing.add(group);
            }
        }
        return new SpecialtyCoverage(target, required, missing, evidence.toList());
    }

    /** How many letters are at each status (every status present, zero included). */
    public static Map<LetterStatus, Integer> lettersByStatus(ApplicantProfile profile) {
        Map<LetterStatus, Integer> counts = new EnumMap<>(LetterStatus.class);
        for (LetterStatus s : LetterStatus.values()) {
            counts.put(s, 0);
        }
        for (Letter l : profile.letters()) {
            counts.merge(l.status(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Each letter requirement of {@code specialty} with the letters counted toward it (R11 arithmetic). */
    public static List<LetterRequirementCount> letterRequirementCounts(ApplicantProfile profile, RuleSet ruleSet,
            Specialty specialty) {
        List<LetterRequirement> requirements = ruleSet.letterRequirements(specialty);
        if (requirements.isEmpty()) {
            return List.of();
        }
        int[] counted = assign(profile.letters(), requirements, false);
        int[] done = assign(profile.letters(), requirements, true);
        List<LetterRequirementCount> out = new ArrayList<>(requirements.size());
        for (int r = 0; r < requirements.size(); r++) {
            Evidence evidence = new Evidence();
            int n = 0;
            for (int l = 0; l < counted.length; l++) {
                if (counted[l] == r) {
                    evidence.add(Source.LETTERS, l);
                    n++;
                }
            }
            int d = 0;
            for (int value : done) {
                if (value == r) {
                    d++;
                }
            }
            out.add(new LetterRequirementCount(requirements.get(r), n, d, evidence.toList()));
        }
        return out;
    }

    /**
     * The best assignment of letters to requirement slots (maximum bipartite matching, Kuhn's
     * algorithm): result[letter] = requirement index, or -1 when the letter is not used.
     */
    private static int[] assign(List<Letter> letters, List<LetterRequirement> requirements, boolean doneOnly) {
        int slots = 0;
        for (LetterRequirement r : requirements) {
            slots += r.count();
        }
        int[] slotRequirement = new int[slots];
        int s = 0;
        for (int r = 0; r < requirements.size(); r++) {
            for (int k = 0; k < requirements.get(r).count(); k++) {
                slotRequirement[s++] = r;
            }
        }
        int[] slotLetter = new int[slots];
        Arrays.fill(slotLetter, -1);
        boolean[][] eligible = new boolean[letters.size()][slots];
        for (int l = 0; l < letters.size(); l++) {
            Letter letter = letters.get(l);
            boolean counts = letter.us() && (doneOnly ? letter.status().isDone() : letter.status().countsTowardRequirement());
            if (!counts) {
                continue;
            }
            for (int k = 0; k < slots; k++) {
                eligible[l][k] = requirements.get(slotRequirement[k]).specialties().contains(letter.specialty());
            }
        }
        for (int l = 0; l < letters.size(); l++) {
            augment(l, eligible, slotLetter, new boolean[slots]);
        }
        int[] result = new int[letters.size()];
        Arrays.fill(result, -1);
        for (int k = 0; k < slots; k++) {
            if (slotLetter[k] >= 0) {
                result[slotLetter[k]] = slotRequirement[k];
            }
        }
        return result;
    }

    private static boolean augment(int letter, boolean[][] eligible, int[] slotLetter, boolean[] seen) {
        for (int k = 0; k < slotLetter.length; k++) {
            if (eligible[letter][k] && !seen[k]) {
                seen[k] = true;
                if (slotLetter[k] < 0 || augment(slotLetter[k], eligible, slotLetter, seen)) {
                    slotLetter[k] = letter;
                    return true;
                }
            }
        }
        return false;
    }
}
