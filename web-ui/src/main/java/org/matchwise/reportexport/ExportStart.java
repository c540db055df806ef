package org.matchwise.reportexport;

/** The answer to starting a cohort export: started (queued), or refused with a reason the user can act on. */
public sealed interface ExportStart {

    record Started(ExportJobView job) implements ExportStart {
    }

    record Refused(String code, String message) implements ExportStart {
    }
}
