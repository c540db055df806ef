package org.matchwise.explanation;

import static org.matchwise.flags.FlagCategory.*;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matchwise.flags.FlagCategory;

/**
 * Every word list and threshold the explanation checker uses, as data, so a school can tune them per
 * match year without touching the checks. {@link #defaults()} holds the values taken from the seed
 * articles.
 *
 * <h2>Phrase syntax (all phrase lists)</h2>
 * A phrase matches case-insensitively, with any run of whitespace (including line breaks) between its
 * words, and only on whole words: it must start and end at a word boundary. A phrase ending in
 * {@code *} is a stem: its last word may continue, so {@code "unfair*"} matches "unfair", "unfairly"
 * and "unfairness", while {@code "biased"} does not match "unbiased" and no phrase ever matches
 * inside another word ("fair*" does not match "unfair"; nothing matches inside "fairway").
 * Typographic apostrophes in the draft count as plain ones, so {@code "didn't"} matches "didn’t".
 * Negation is not understood: "the exam was not unfair" is still reported, because the word itself is
 * what a program director reads.
 *
 * <h2>Date patterns</h2>
 * {@link #dateRangePatterns()} are Java regular expressions (matched case-insensitively) in which
 * {@code {MONTH}} stands for any of {@link #monthNames()} (optionally followed by a period) and
 * {@code {YEAR}} for {@link #yearPattern()}. A gap or leave explanation passes when any of them matches.
 *
 * @param blamePhrases               external-blame phrases (seed 001 §3.2)
 * @param vaguePhrases               vague reasons that need context (seed 001 §4.3)
 * @param contextCues                words that give a vague reason its context (who, what illness, which move)
 * @param contextSentencesAfter      how many sentences after the vague phrase may carry the context
 *                                   (the phrase's own sentence always counts)
 * @param partCues                   cue phrases that mark each of the four parts in a sentence
 * @param flagKeywords               per category, the words that show a sentence or paragraph is about the
 *                                   flag; they also count as "what happened" cues
 * @param requiredParts              per placement, the parts whose absence is reported
 * @param categoriesNeedingDates     categories whose explanation must give an explicit period
 * @param monthNames                 month names and abbreviations for {@code {MONTH}}
 * @param yearPattern                regular expression for {@code {YEAR}}
 * @param dateRangePatterns          what counts as an explicit period
 * @param maxFlagShare               personal statement: the largest share of words the flag paragraphs may take
 *                                   (0.15 = 15%; exactly the limit is fine)
 * @param minWordsPerMinute          slowest plausible speaking rate
 * @param maxWordsPerMinute          fastest plausible speaking rate
 * @param minInterviewSeconds        shortest good interview answer
 * @param maxInterviewSeconds        longest good interview answer
 * @param levels                     how much each check's finding matters
 */
public record ExplanationPolicy(
        List<String> blamePhrases,
        List<String> vaguePhrases,
        List<String> contextCues,
        int contextSentencesAfter,
        Map<Part, List<String>> partCues,
        Map<FlagCategory, List<String>> flagKeywords,
        Map<Placement, Set<Part>> requiredParts,
        Set<FlagCategory> categoriesNeedingDates,
        List<String> monthNames,
        String yearPattern,
        List<String> dateRangePatterns,
        BigDecimal maxFlagShare,
        int minWordsPerMinute,
        int maxWordsPerMinute,
        int minInterviewSeconds,
        int maxInterviewSeconds,
        Map<CheckId, Level> levels) {

    public ExplanationPolicy {
        blamePhrases = List.copyOf(blamePhrases);
        vaguePhrases = List.copyOf(vaguePhrases);
        contextCues = List.copyOf(contextCues);
        if (contextSentencesAfter < 0) {
            throw new IllegalArgumentException("contextSentencesAfter must not be negative");
        }
        partCues = immutableEnumMap(Part.class, partCues);
        flagKeywords = immutableEnumMap(FlagCategory.class, flagKeywords);
        EnumMap<Placement, Set<Part>> required = new EnumMap<>(Placement.class);
        requiredParts.forEach((placement, set) ->
                required.put(placement, set.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(set))));
        requiredParts = Collections.unmodifiableMap(required);
        categoriesNeedingDates = categoriesNeedingDates.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(categoriesNeedingDates));
        monthNames = List.copyOf(monthNames);
        Objects.requireNonNull(yearPattern, "yearPattern");
        dateRangePatterns = List.copyOf(dateRangePatterns);
        Objects.requireNonNull(maxFlagShare, "maxFlagShare");
        if (maxFlagShare.signum() < 0 || maxFlagShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("maxFlagShare must be between 0 and 1");
        }
        if (minWordsPerMinute <= 0 || maxWordsPerMinute < minWordsPerMinute) {
            throw new IllegalArgumentException("speaking rates must satisfy 0 < min <= max");
        }
        if (minInterviewSeconds < 0 || maxInterviewSeconds < minInterviewSeconds) {
            throw new IllegalArgumentException("interview window must satisfy 0 <= min <= max");
        }
        EnumMap<CheckId, Level> levelCopy = new EnumMap<>(CheckId.class);
        levelCopy.putAll(levels);
        for (CheckId check : CheckId.values()) {
            if (!levelCopy.containsKey(check)) {
                throw new IllegalArgumentException("no level for check " + check);
            }
        }
        levels = Collections.unmodifiableMap(levelCopy);
    }

    private static <K extends Enum<K>> Map<K, List<String>> immutableEnumMap(Class<K> type, Map<K, List<String>> source) {
        EnumMap<K, List<String>> copy = new EnumMap<>(type);
        source.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    /** The level a check's findings carry. */
    public Level levelOf(CheckId check) {
        return levels.get(check);
    }

    /** A copy with another personal-statement share limit. */
    public ExplanationPolicy withMaxFlagShare(BigDecimal share) {
        return new ExplanationPolicy(blamePhrases, vaguePhrases, contextCues, contextSentencesAfter, partCues,
                flagKeywords, requiredParts, categoriesNeedingDates, monthNames, yearPattern, dateRangePatterns,
                share, minWordsPerMinute, maxWordsPerMinute, minInterviewSeconds, maxInterviewSeconds, levels);
    }

    /** A copy with another speaking-rate range and interview window. */
    public ExplanationPolicy withInterview(int minWpm, int maxWpm, int minSeconds, int maxSeconds) {
        return new ExplanationPolicy(blamePhrases, vaguePhrases, contextCues, contextSentencesAfter, partCues,
                flagKeywords, requiredParts, categoriesNeedingDates, monthNames, yearPattern, dateRangePatterns,
                maxFlagShare, minWpm, maxWpm, minSeconds, maxSeconds, levels);
    }

    /** A copy with other blame phrases. */
    public ExplanationPolicy withBlamePhrases(List<String> phrases) {
        return new ExplanationPolicy(phrases, vaguePhrases, contextCues, contextSentencesAfter, partCues,
                flagKeywords, requiredParts, categoriesNeedingDates, monthNames, yearPattern, dateRangePatterns,
                maxFlagShare, minWordsPerMinute, maxWordsPerMinute, minInterviewSeconds, maxInterviewSeconds, levels);
    }

    /** The defaults taken from the seed articles (000 to 004) and domain.md's "Explanations". */
    public static ExplanationPolicy defaults() {
        List<String> blame = List.of(
                "unfair*", "biased", "bias against", "was against me", "were against me", "had it out for me",
                "not my fault", "wasn't my fault", "was not my fault", "isn't my fault", "is not my fault",
                "the school did not prepare me", "the school didn't prepare me", "school failed me",
                "did not prepare me", "didn't prepare me", "failed to prepare me", "never prepared me",
                "no one helped me", "nobody helped me", "no one supported me", "nobody supported me",
                "the exam was difficult", "the exam was too difficult", "the exam was too hard",
                "the questions were unfair", "poorly organized", "poorly organised", "blamed me");
        List<String> vague = List.of(
                "personal reasons", "personal issues", "personal problems", "personal matters",
                "personal stress", "personal circumstances", "family issues", "family reasons",
                "family problems", "family matters", "family circumstances", "health reasons",
                "health issues", "health issue", "various reasons", "some issues", "certain issues",
                "unforeseen circumstances", "circumstances beyond my control", "life events", "things happened");
        List<String> context = List.of(
                "caregiver", "caregiving", "caring for", "took care of", "care of", "illness", "ill", "sick",
                "cancer", "treatment", "treated", "surgery", "hospitaliz*", "hospitalis*", "recovery", "recovered",
                "diagnos*", "pregnan*", "childbirth", "birth of", "maternity", "paternity", "bereavement",
                "passed away", "death", "died", "funeral", "relocat*", "moved to", "immigration", "visa",
                "financial*", "mother", "father", "parent", "parents", "spouse", "husband", "wife", "partner",
                "child", "children", "son", "daughter", "brother", "sister", "grandmother", "grandfather",
                "family member", "divorce", "accident", "injury", "war", "earthquake", "flood", "pandemic");
        EnumMap<Part, List<String>> cues = new EnumMap<>(Part.class);
        cues.put(Part.WHAT_HAPPENED, List.of(
                "failed", "did not pass", "didn't pass", "not pass", "did not perform", "underperform*",
                "struggled", "underestimated", "did not manage", "didn't manage", "fell behind",
                "leave of absence", "took a leave", "paused", "gap", "received a", "i graduated", "after graduating",
                "did not match", "didn't match", "not matching", "happened"));
        cues.put(Part.WHAT_LEARNED, List.of(
                "learned", "learnt", "taught me", "teach me", "realized", "realised", "recognized", "recognised",
                "i recognize", "i understood", "now understand", "deepened my understanding", "insight*",
                "lesson*", "wake-up call", "made me more", "showed me", "i now know", "i now see",
                "increased my empathy", "strengthened my empathy", "reflect*", "i know now"));
        cues.put(Part.WHAT_CHANGED, List.of(
                "changed", "changes", "adopted", "developed", "implemented", "restructured", "redesigned",
                "rebuilt", "created", "began", "started", "sought", "switched", "now use", "now apply",
                "i apply", "study plan", "study schedule", "schedule", "daily", "weekly", "since then",
                "have since", "worked with", "met with", "completed", "transitioned", "returned to",
                "systems in place", "structured approach", "to stay connected", "remained engaged"));
        cues.put(Part.EVIDENCE, List.of(
                "passed", "scored", "score of", "higher score", "significantly higher", "evaluation*",
                "positive feedback", "honors", "without any", "without incident", "consistently",
                "commented", "resulted in", "allowed me to", "led to", "well-controlled", "well controlled",
                "stable", "full attendance", "on time", "improved performance", "strong letters",
                "personalized letters", "publication*", "published", "poster*", "fully available"));
        EnumMap<FlagCategory, List<String>> keywords = new EnumMap<>(FlagCategory.class);
        List<String> exams = List.of("step 1", "step 2", "step 2 ck", "step 3", "level 1", "level 2", "level 3",
                "usmle", "comlex", "exam", "exams", "examination", "board exam*", "boards");
        keywords.put(EXAM_FAILURE, concat(exams, List.of("failed", "did not pass", "didn't pass", "not pass")));
        keywords.put(MULTIPLE_ATTEMPTS, concat(exams, List.of("attempt", "attempts", "retook", "retake*",
                "second try", "failed", "did not pass", "didn't pass")));
        keywords.put(LOW_SCORE, concat(exams, List.of("score", "scores", "scored", "below average", "low score*")));
        keywords.put(SCORE_DROP, concat(exams, List.of("score", "scores", "scored", "lower", "drop*", "decline*")));
        keywords.put(TRAINING_GAP, List.of("gap", "gaps", "time away", "time off", "paused", "break from",
                "away from medicine", "caregiver", "caregiving", "relocat*", "between graduation"));
        keywords.put(LEAVE_OF_ABSENCE, List.of("leave of absence", "leave", "medical leave", "time off",
                "time away", "paused", "took a break"));
        keywords.put(TIME_SINCE_GRADUATION, List.of("graduated", "graduating", "graduation", "since graduat*",
                "years since", "after medical school"));
        keywords.put(NO_RECENT_CLINICAL, List.of("clinical work", "clinical activity", "clinical practice",
                "clinical experience", "away from clinical", "returned to clinical", "patient care"));
        keywords.put(LIMITED_USCE, List.of("u.s. clinical", "us clinical", "usce", "observership*",
                "externship*", "hands-on", "rotation*"));
        keywords.put(SPECIALTY_EXPOSURE, List.of("rotation*", "elective*", "exposure", "sub-internship*"));
        keywords.put(LETTERS, List.of("letter*", "recommendation*"));
        keywords.put(ACADEMIC_CONCERN, List.of("clerkship*", "course", "courses", "repeated", "repeat*",
                "remediation", "probation", "academic support", "deceleration", "failed"));
        keywords.put(PROFESSIONALISM, List.of("professionalism", "notation", "disciplin*", "late arrivals",
                "probation", "suspension", "suspended", "conduct", "misconduct"));
        keywords.put(MULTIPLE_CYCLES, List.of("applied", "reappl*", "did not match", "didn't match",
                "not matching", "unmatched", "previous cycle", "last cycle", "application cycle*", "first applied"));
        keywords.put(SPECIALTY_SCATTER, List.of("switched", "changed specialt*", "change of specialty",
                "specialty choice", "different specialty", "dual appl*"));
        keywords.put(STEP2_TIMING, List.of("step 2", "step 2 ck", "level 2", "score release", "test date"));
        keywords.put(CV_INCONSISTENCY, List.of("dates", "overlap*", "cv", "timeline"));
        keywords.put(MANUAL, List.of("interview*", "communication", "english"));
        EnumMap<Placement, Set<Part>> required = new EnumMap<>(Placement.class);
        for (Placement placement : Placement.values()) {
            required.put(placement, EnumSet.allOf(Part.class));
        }
        List<String> months = List.of("january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december",
                "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
        String connector = "\\s*(?:-|–|—|to|until|till|through|and)\\s*";
        List<String> ranges = List.of(
                // July 2020 to March 2021; 2020-2021; between 2019 and 2020; August 2019 – 2020
                "(?:{MONTH}\\s+)?{YEAR}" + connector + "(?:{MONTH}\\s+)?{YEAR}",
                // between January and October 2020; January-March 2021
                "{MONTH}" + connector + "{MONTH},?\\s+{YEAR}",
                // since March 2021 (an open period that is still running)
                "(?:since|from|starting in|beginning in)\\s+{MONTH},?\\s+{YEAR}",
                // 07/2020 - 03/2021
                "\\d{1,2}/{YEAR}" + connector + "\\d{1,2}/{YEAR}");
        EnumMap<CheckId, Level> levels = new EnumMap<>(CheckId.class);
        for (CheckId check : CheckId.values()) {
            levels.put(check, Level.PROBLEM);
        }
        levels.put(CheckId.FLAG_NOT_FOUND, Level.ADVICE);
        levels.put(CheckId.INTERVIEW_TOO_SHORT, Level.ADVICE);
        levels.put(CheckId.INTERVIEW_TOO_LONG, Level.ADVICE);
        return new ExplanationPolicy(blame, vague, context, 1, cues, keywords, required,
                EnumSet.of(TRAINING_GAP, LEAVE_OF_ABSENCE),
                months, "(?:19|20)\\d{2}", ranges,
                new BigDecimal("0.15"), 130, 150, 60, 90, levels);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
