package org.matchwise.reportexport;

/** The applicant reports: the progress summary and the (re)application readiness report. */
public enum ReportKind {
    PROGRESS("progress-summary"),
    READINESS("readiness-report");

    private final String fileStem;

    ReportKind(String fileStem) {
        this.fileStem = fileStem;
    }

    String fileStem() {
        return fileStem;
    }
}
