package org.matchwise.explanation;

/**
 * A stretch of the draft: {@code start} inclusive, {@code end} exclusive, as offsets into the draft
 * exactly as it was given (UTF-16 indexes, like {@link String#substring(int, int)}).
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** The whole of the given text. */
    public static Span whole(String text) {
        return new Span(0, text.length());
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The words this span covers in the text it was taken from. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
