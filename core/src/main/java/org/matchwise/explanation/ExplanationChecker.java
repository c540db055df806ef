package org.matchwise.explanation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.matchwise.flags.FlagCategory;

/**
 * Checks a draft explanation of a red flag against the house advice (seed 001 §3, §4, §5; seed 000):
 * the four parts, blame language, vague reasons, explicit dates for gaps and leaves, and, by placement,
 * the personal-statement rules or the interview length. Every threshold and word list comes from the
 * {@link ExplanationPolicy}; every message from the package's message bundle.
 *
 * <h2>How the checks read the draft</h2>
 * <ul>
 *   <li><b>Parts</b>: a sentence shows a part when it contains one of the part's cue phrases; "what
 *       happened" also accepts the flag's own keywords. The report lists, per part, every sentence that
 *       shows it. Cue phrases are a heuristic: they find the usual wording of the seed examples, and a
 *       missing-part finding means "we could not see it", worded as such.</li>
 *   <li><b>Personal statement</b>: the part about the flag is every paragraph that contains one of the
 *       category's keywords ({@link ExplanationPolicy#flagKeywords()}). The parts and dates are looked
 *       for in those paragraphs only; the flag must not be in the first paragraph; the words of those
 *       paragraphs, divided by all the words, must not exceed the share limit (exactly the limit is
 *       fine). If no paragraph mentions the flag, the checker says so and skips these checks.</li>
 *   <li><b>Vague reasons</b> are reported unless the phrase's sentence, or one of the next
 *       {@link ExplanationPolicy#contextSentencesAfter()} sentences, contains a context cue.</li>
 *   <li><b>Interview length</b>: the answer is estimated at every plausible speaking rate; it is too
 *       short only if even at the slowest rate it stays under the minimum, too long only if even at the
 *       fastest rate it runs over the maximum. With the defaults, 130 to 225 words pass.</li>
 *   <li><b>Empty drafts</b> (null, empty or only whitespace) get a single {@link CheckId#EMPTY_TEXT}
 *       finding and nothing else.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class ExplanationChecker {

    private final ExplanationPolicy policy;
    private final Messages messages;
    private final PhraseMatcher blame;
    private final PhraseMatcher vague;
    private final PhraseMatcher context;
    private final Map<Part, PhraseMatcher> partCues;
    private final Map<FlagCategory, PhraseMatcher> flagKeywords;
    private final Map<FlagCategory, PhraseMatcher> happenedCues;
    private final List<Pattern> dateRanges;

    /** A checker with the default policy and the base (English) messages. */
    public ExplanationChecker() {
        this(ExplanationPolicy.defaults(), Locale.ROOT);
    }

    public ExplanationChecker(ExplanationPolicy policy, Locale locale) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.messages = new Messages(locale);
        this.blame = new PhraseMatcher(policy.blamePhrases());
        this.vague = new PhraseMatcher(policy.vaguePhrases());
        this.context = new PhraseMatcher(policy.contextCues());
        this.partCues = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            partCues.put(part, new PhraseMatcher(policy.partCues().getOrDefault(part, List.of())));
        }
        this.flagKeywords = new EnumMap<>(FlagCategory.class);
        this.happenedCues = new EnumMap<>(FlagCategory.class);
        for (FlagCategory category : FlagCategory.values()) {
            List<String> keywords = policy.flagKeywords().getOrDefault(category, List.of());
            flagKeywords.put(category, new PhraseMatcher(keywords));
            happenedCues.put(category, new PhraseMatcher(Stream.concat(
                    policy.partCues().getOrDefault(Part.WHAT_HAPPENED, List.of()).stream(),
                    keywords.stream()).toList()));
        }
        this.dateRanges = compileDateRanges(policy);
    }

    public ExplanationPolicy policy() {
        return policy;
    }

    /**
     * Checks one draft.
     *
     * @param draft     the text as the applicant wrote it; null counts as empty
     * @param placement where it will be used
     * @param category  the flag it explains
     */
    public ExplanationReport check(String draft, Placement placement, FlagCategory category) {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(category, "category");
        String text = draft == null ? "" : draft;
        if (text.isBlank()) {
            Finding empty = finding(CheckId.EMPTY_TEXT, Span.whole(text), messages.category(category));
            return new ExplanationReport(placement, category, 0, List.of(empty), Map.of(), List.of());
        }
        String normalized = PhraseMatcher.normalize(text);
        TextLayout layout = new TextLayout(text);
        String label = messages.category(category);
        List<Finding> findings = new ArrayList<>();

        List<Span> scope = layout.paragraphs();
        Span scopeSpan = Span.whole(text);
        List<Span> flagParagraphs = List.of();
        boolean flagLocated = true;
        if (placement == Placement.PERSONAL_STATEMENT) {
            PhraseMatcher keywords = flagKeywords.get(category);
            flagParagraphs = layout.paragraphs().stream().filter(p -> keywords.anyIn(normalized, p)).toList();
            if (flagParagraphs.isEmpty()) {
                flagLocated = false;
                findings.add(finding(CheckId.FLAG_NOT_FOUND, Span.whole(text), label));
            } else {
                scope = flagParagraphs;
                scopeSpan = new Span(flagParagraphs.getFirst().start(), flagParagraphs.getLast().end());
                checkPersonalStatement(layout, flagParagraphs, label, findings);
            }
        }

        Map<Part, List<Span>> parts = findParts(normalized, layout.sentencesWithin(scope), category);
        if (flagLocated) {
            for (Part part : policy.requiredParts().getOrDefault(placement, Set.of())) {
                if (parts.get(part).isEmpty()) {
                    findings.add(finding(missing(part), scopeSpan, label));
                }
            }
            if (policy.categoriesNeedingDates().contains(category) && !hasDateRange(normalized, scopeSpan)) {
                findings.add(finding(CheckId.GAP_WITHOUT_DATES, scopeSpan, label));
            }
        }
        for (Span match : blame.find(normalized, Span.whole(text))) {
            findings.add(finding(CheckId.BLAME_LANGUAGE, match, match.of(text)));
        }
        checkVagueReasons(text, normalized, layout, findings);
        if (placement == Placement.INTERVIEW_ANSWER) {
            checkInterviewLength(text, layout.wordCount(), findings);
        }
        findings.sort(Comparator.comparing(Finding::check).thenComparingInt(f -> f.span().start()));
        return new ExplanationReport(placement, category, layout.wordCount(), findings, parts, flagParagraphs);
    }

    private void checkPersonalStatement(TextLayout layout, List<Span> flagParagraphs, String label,
                                        List<Finding> findings) {
        Span first = layout.paragraphs().getFirst();
        if (flagParagraphs.getFirst().equals(first)) {
            findings.add(finding(CheckId.FLAG_NOT_IN_FIRST_PARAGRAPH, first, label));
        }
        int total = layout.wordCount();
        int flagWords = flagParagraphs.stream().mapToInt(layout::wordCount).sum();
        BigDecimal limit = policy.maxFlagShare().multiply(BigDecimal.valueOf(total));
        if (BigDecimal.valueOf(flagWords).compareTo(limit) > 0) {
            BigDecimal share = BigDecimal.valueOf(flagWords).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
            Span section = new Span(flagParagraphs.getFirst().start(), flagParagraphs.getLast().end());
            findings.add(finding(CheckId.FLAG_SHARE_TOO_LARGE, section, label, share, policy.maxFlagShare(),
                    flagWords, total));
        }
    }

    private Map<Part, List<Span>> findParts(String normalized, List<Span> sentences, FlagCategory category) {
        Map<Part, List<Span>> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            PhraseMatcher cues = part == Part.WHAT_HAPPENED ? happenedCues.get(category) : partCues.get(part);
            parts.put(part, sentences.stream().filter(s -> cues.anyIn(normalized, s)).toList());
        }
        return parts;
    }

    private void checkVagueReasons(String text, String normalized, TextLayout layout, List<Finding> findings) {
        List<Span> sentences = layout.sentences();
        for (Span match : vague.find(normalized, Span.whole(text))) {
            int index = indexOfSentence(sentences, match);
            Span window = index < 0
                    ? match
                    : new Span(sentences.get(index).start(),
                            sentences.get(Math.min(sentences.size() - 1, index + policy.contextSentencesAfter())).end());
            if (!context.anyIn(normalized, window)) {
                findings.add(finding(CheckId.VAGUE_REASON, match, match.of(text)));
            }
        }
    }

    private static int indexOfSentence(List<Span> sentences, Span match) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).overlaps(match)) {
                return i;
            }
        }
        return -1;
    }

    private boolean hasDateRange(String normalized, Span scope) {
        for (Pattern pattern : dateRanges) {
            var m = pattern.matcher(normalized);
            m.region(scope.start(), scope.end());
            m.useTransparentBounds(true);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    private void checkInterviewLength(String text, int words, List<Finding> findings) {
        long wordSeconds = words * 60L;
        int minRate = policy.minWordsPerMinute();
        int maxRate = policy.maxWordsPerMinute();
        if (wordSeconds < (long) policy.minInterviewSeconds() * minRate) {
            // rounded down, so the slowest estimate shown is below the minimum, as it really is
            findings.add(finding(CheckId.INTERVIEW_TOO_SHORT, Span.whole(text), words,
                    Math.floorDiv(wordSeconds, maxRate), Math.floorDiv(wordSeconds, minRate),
                    policy.minInterviewSeconds(), policy.maxInterviewSeconds()));
        } else if (wordSeconds > (long) policy.maxInterviewSeconds() * maxRate) {
            // rounded up, so the fastest estimate shown is above the maximum, as it really is
            findings.add(finding(CheckId.INTERVIEW_TOO_LONG, Span.whole(text), words,
                    Math.ceilDiv(wordSeconds, maxRate), Math.ceilDiv(wordSeconds, minRate),
                    policy.minInterviewSeconds(), policy.maxInterviewSeconds()));
        }
    }

    private static CheckId missing(Part part) {
        return switch (part) {
            case WHAT_HAPPENED -> CheckId.MISSING_WHAT_HAPPENED;
            case WHAT_LEARNED -> CheckId.MISSING_WHAT_LEARNED;
            case WHAT_CHANGED -> CheckId.MISSING_WHAT_CHANGED;
            case EVIDENCE -> CheckId.MISSING_EVIDENCE;
        };
    }

    private Finding finding(CheckId check, Span span, Object... args) {
        return new Finding(check, policy.levelOf(check), messages.check(check, args), span);
    }

    private static List<Pattern> compileDateRanges(ExplanationPolicy policy) {
        String months = policy.monthNames().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")\\.?"));
        String year = "(?:" + policy.yearPattern() + ")";
        return policy.dateRangePatterns().stream()
                .map(p -> p.replace("{MONTH}", months).replace("{YEAR}", year))
                .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + p + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }
}
