package org.matchwise.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the sample reports to a folder (default /tmp/matchwise-reports) for looking at them. */
final class RenderSamples {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/matchwise-reports");
        Files.createDirectories(dir);
        ReportRenderer renderer = new ReportRenderer();
        Files.write(dir.resolve("progress-summary.pdf"), renderer.render(SampleReports.progress(), Variant.OFFICE, Locale.US));
        Files.write(dir.resolve("progress-summary-applicant.pdf"), renderer.render(SampleReports.progress(), Variant.APPLICANT, Locale.US));
        Files.write(dir.resolve("readiness-report.pdf"), renderer.render(SampleReports.readiness(), Variant.OFFICE, Locale.US));
        Files.write(dir.resolve("readiness-report-applicant.pdf"), renderer.render(SampleReports.readiness(), Variant.APPLICANT, Locale.US));
        Files.write(dir.resolve("cohort-summary.pdf"), renderer.render(SampleReports.cohort(), Locale.US));
        Files.writeString(dir.resolve("progress-summary.html"), renderer.html(SampleReports.progress(), Variant.OFFICE, Locale.US));
        System.out.println("written to " + dir);
    }
}
