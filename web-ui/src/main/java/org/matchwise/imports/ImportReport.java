package org.matchwise.imports;

import java.time.LocalDate;
import java.util.List;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Visa;

/**
 * The answer to an import: what was (or, for a dry run, would be) created, updated and left unchanged, the
 * preview of every row, and every problem. A file with any problem writes nothing.
 *
 * @param outcome   IMPORTED (written), PREVIEW (dry run, nothing written), REJECTED_FILE (the file as a whole
 *                  cannot be read: header, syntax, encoding) or REJECTED_ROWS (rows are invalid)
 * @param rows      one line per applicant in file order; empty when the file was rejected
 * @param problems  every problem found, each with its row and column
 */
public record ImportReport(Outcome outcome, ImportFormat format, boolean dryRun, int created, int updated,
        int unchanged, List<RowPreview> rows, List<ImportProblem> problems) {

    public enum Outcome { IMPORTED, PREVIEW, REJECTED_FILE, REJECTED_ROWS }

    /** What happens to an applicant: a new record, a changed one, or nothing (identical data). */
    public enum Action { CREATE, UPDATE, UNCHANGED }

    /**
     * One applicant of the file, with every column of the roster as it will be stored.
     *
     * @param row          CSV: spreadsheet row (header = 1); JSON: array index
     * @param advisorEmail the advisor of a new applicant (CSV: the row's; JSON: the request's), else null
     */
    public record RowPreview(int row, String externalId, String givenName, String familyName, String email,
            ApplicantType applicantType, Visa visa, String medicalSchool, String country, LocalDate matriculationDate,
            LocalDate graduationDate, List<Specialty> targetSpecialties, int matchYear, String advisorEmail,
            Action action) {

        public RowPreview {
            targetSpecialties = targetSpecialties == null ? List.of() : List.copyOf(targetSpecialties);
        }
    }

    public ImportReport {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    static ImportReport rejected(ImportFormat format, boolean dryRun, boolean wholeFile, List<ImportProblem> problems) {
        org.matchwise.operations.Measure.imported(format, wholeFile ? Outcome.REJECTED_FILE : Outcome.REJECTED_ROWS, 0);
        return new ImportReport(wholeFile ? Outcome.REJECTED_FILE : Outcome.REJECTED_ROWS, format, dryRun, 0, 0, 0,
                List.of(), problems);
    }
}
