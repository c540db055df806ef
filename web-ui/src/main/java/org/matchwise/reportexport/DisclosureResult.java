package org.matchwise.reportexport;

/** The outcome of recording a disclosure: recorded, or refused with a reason the user can act on. */
public sealed interface DisclosureResult {

    record Recorded(DisclosureView disclosure) implements DisclosureResult {
    }

    record Refused(String code, String message) implements DisclosureResult {
    }
}
