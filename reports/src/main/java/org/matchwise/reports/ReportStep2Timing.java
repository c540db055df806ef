package org.matchwise.reports;

import java.time.LocalDate;
import java.util.Objects;
import org.matchwise.flags.Step2Status;

/**
 * Step 2 CK against the cycle's calendar: core's {@code flags.Step2Timing} with the dates the report draws.
 *
 * @param examDate          the passing attempt, else the earliest scheduled date, else {@code null}
 * @param expectedScoreDate exam date plus the score lag, or {@code null}
 * @param erasOpens         the cycle's ERAS opening
 * @param programsOpen      the day programs can first see applications
 */
public record ReportStep2Timing(Step2Status status, LocalDate examDate, LocalDate expectedScoreDate,
                          LocalDate erasOpens, LocalDate programsOpen, int scoreLagDays) {
    public ReportStep2Timing {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(erasOpens, "erasOpens");
        Objects.requireNonNull(programsOpen, "programsOpen");
    }
}
