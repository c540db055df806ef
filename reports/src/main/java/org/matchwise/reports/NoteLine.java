package org.matchwise.reports;

import java.time.LocalDate;
import java.util.Objects;

/** An advising note. Whether it is private is decided by the field that holds it. */
public record NoteLine(LocalDate date, String author, String text) {
    public NoteLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
