package org.matchwise.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Visa;
import org.matchwise.text.MessageTemplates;

/**
 * The roster template an office downloads: the header row and one example row, in the words people read (labels
 * for the coded columns, which the import takes as readily as codes). Served by the import screen and by
 * {@code GET /api/v1/imports/template}.
 */
public final class RosterTemplate {

    /** The file name the template downloads as. */
    public static final String FILE_NAME = "matchwise-roster-template.csv";
    /** The example row's advisor: the office replaces it with one of its advisors. */
    static final String EXAMPLE_ADVISOR = "advisor@your-school.example";

    private RosterTemplate() {
    }

    /** The template as CSV text (RFC 4180, CRLF line ends). */
    public static String csv() {
        MessageTemplates labels = MessageTemplates.labels(Locale.ENGLISH);
        List<String> example = List.of("S-2027-001", "Dana", "Reyes", "dana.reyes@example.org",
                labels.label(ApplicantType.US_IMG), labels.label(Visa.NONE),
                "St. George's University School of Medicine", "GD", "2019-08-15", "2024-05-30",
                labels.labels(List.of(Specialty.INTERNAL_MEDICINE, Specialty.PEDIATRICS), RosterColumns.SPECIALTY_SEPARATOR),
                "2027", EXAMPLE_ADVISOR);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(RosterColumns.ALL);
            printer.printRecord(example);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
