package org.matchwise.explanation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of one list in a text, following the phrase syntax documented on
 * {@link ExplanationPolicy}: case-insensitive, whole words, any whitespace between words, a trailing
 * {@code *} for a stem. Overlapping matches are reduced to the earliest, longest one.
 */
final class PhraseMatcher {

    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final String NOT_AFTER_WORD = "(?<!" + WORD_CHAR + ")";
    private static final String NOT_BEFORE_WORD = "(?!" + WORD_CHAR + ")";

    private final List<Pattern> patterns;

    PhraseMatcher(List<String> phrases) {
        this.patterns = phrases.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty() && !p.equals("*"))
                .map(PhraseMatcher::compile)
                .toList();
    }

    private static Pattern compile(String phrase) {
        boolean stem = phrase.endsWith("*");
        String body = stem ? phrase.substring(0, phrase.length() - 1).strip() : phrase;
        String[] words = normalize(body).split("\\s+");
        StringBuilder regex = new StringBuilder(NOT_AFTER_WORD);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        regex.append(stem ? WORD_CHAR + "*" : NOT_BEFORE_WORD);
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Replaces typographic apostrophes and quotes by plain ones, character for character, so offsets into
     * the normalized text are offsets into the original.
     */
    static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Every match in the given span of the normalized text, without overlaps, in text order. */
    List<Span> find(String normalizedText, Span within) {
        List<Span> all = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(normalizedText);
            m.region(within.start(), within.end());
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Span(m.start(), m.end()));
                }
            }
        }
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::length).reversed()));
        List<Span> kept = new ArrayList<>();
        for (Span span : all) {
            if (kept.isEmpty() || !kept.getLast().overlaps(span)) {
                kept.add(span);
            }
        }
        return kept;
    }

    boolean anyIn(String normalizedText, Span within) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(normalizedText);
            m.region(within.start(), within.end());
            m.useTransparentBounds(true);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }
}
