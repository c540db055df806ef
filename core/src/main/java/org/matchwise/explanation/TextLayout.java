package org.matchwise.explanation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs, sentences and words of a draft, as spans into it.
 *
 * <ul>
 *   <li><b>Paragraphs</b> are separated by a blank line. A draft with no blank line at all (text pasted
 *       from a form often has single line breaks only) is split at every line break instead.</li>
 *   <li><b>Sentences</b> end at {@code . ! ?} or an ellipsis (with any closing quotes or brackets) followed by
 *       whitespace and an upper-case letter, digit or opening quote, or by the end of the paragraph. So
 *       "U.S. clinical" stays one sentence; "Dr. Smith" is split, which only makes part spans shorter.</li>
 *   <li><b>Words</b> are runs of letters and digits, joined by inner apostrophes, hyphens or periods
 *       ("didn't", "well-controlled", "U.S." are one word each).</li>
 * </ul>
 */
final class TextLayout {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\h]*\\R");
    private static final Pattern PARAGRAPH_BREAK_BLANK = Pattern.compile("(?:\\R[\\h]*){2,}");
    private static final Pattern PARAGRAPH_BREAK_LINE = Pattern.compile("\\R");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[.!?\u2026]+[\"'\u201D\u2019)\\]]*(?=\\s+[\"'\u201C\u2018(\\[]?[\\p{Lu}\\p{N}]|\\s*$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.\\-][\\p{L}\\p{N}]+)*");

    private final String text;
    private final List<Span> paragraphs;
    private final List<Span> sentences;

    TextLayout(String text) {
        this.text = text;
        this.paragraphs = splitParagraphs(text);
        List<Span> all = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            all.addAll(splitSentences(paragraph));
        }
        this.sentences = List.copyOf(all);
    }

    List<Span> paragraphs() {
        return paragraphs;
    }

    List<Span> sentences() {
        return sentences;
    }

    List<Span> sentencesWithin(List<Span> scope) {
        return sentences.stream().filter(s -> scope.stream().anyMatch(p -> p.contains(s))).toList();
    }

    int wordCount() {
        return wordCount(Span.whole(text));
    }

    int wordCount(Span span) {
        Matcher m = WORD.matcher(text);
        m.region(span.start(), span.end());
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static List<Span> splitParagraphs(String text) {
        Pattern breaks = BLANK_LINE.matcher(text).find() ? PARAGRAPH_BREAK_BLANK : PARAGRAPH_BREAK_LINE;
        List<Span> result = new ArrayList<>();
        Matcher m = breaks.matcher(text);
        int from = 0;
        while (m.find()) {
            addTrimmed(text, from, m.start(), result);
            from = m.end();
        }
        addTrimmed(text, from, text.length(), result);
        return List.copyOf(result);
    }

    private List<Span> splitSentences(Span paragraph) {
        List<Span> result = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        m.region(paragraph.start(), paragraph.end());
        m.useTransparentBounds(false);
        int from = paragraph.start();
        while (m.find()) {
            addTrimmed(text, from, m.end(), result);
            from = m.end();
        }
        addTrimmed(text, from, paragraph.end(), result);
        return result;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> into) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            into.add(new Span(start, end));
        }
    }
}
