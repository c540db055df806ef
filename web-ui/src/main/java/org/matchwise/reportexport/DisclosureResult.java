package org.matchwise.reportexport;

/** The outcome of recording a disclosure: recorded, or refused with a reason the user can act on. */
public sealed interface DisclosureResult {

    record Recorded(DisclosureView disclosure) implements DisclosureResult {
    }

    record Refused(String code, String message) implements DisclosureResult {
    }

    /** A text longer than the record keeps: refused whole, never cut. {@code reason} says how long and the maximum. */
    record TooLong(String field, String reason) implements DisclosureResult {

        public String message() {
            return "The " + field + " " + reason + ".";
        }
    }
}
