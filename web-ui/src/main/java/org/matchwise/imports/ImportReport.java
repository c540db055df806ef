package org.matchwise.imports;

import java.util.List;

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
     * One applicant of the file.
     *
     * @param row CSV: spreadsheet row (header = 1); JSON: array index
     */
    public record RowPreview(int row, String externalId, String givenName, String familyName, int matchYear,
            Action action) {
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
