package org.matchwise.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem found in an import file.
 *
 * @param row     CSV: the row as a spreadsheet numbers it (the header is row 1, the first applicant row 2);
 *                JSON: the index of the profile in the array (0-based); null for a problem with the whole file
 * @param column  CSV: the column name as in the header; JSON: the field path inside the profile
 *                ({@code exams[0].outcome}); null when the problem concerns the whole row or file
 * @param message what is wrong, in English, naming the value where that helps
 * @param path    JSON only: the full path with the array index ({@code [3].exams[0].outcome})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportProblem(Integer row, String column, String message, String path) {

    public ImportProblem(Integer row, String column, String message) {
        this(row, column, message, null);
    }

    static ImportProblem file(String message) {
        return new ImportProblem(null, null, message, null);
    }
}
