package org.matchwise.imports;

import org.matchwise.base.CsvCells;
import static org.matchwise.imports.RosterColumns.ADVISOR_EMAIL;
import static org.matchwise.imports.RosterColumns.APPLICANT_TYPE;
import static org.matchwise.imports.RosterColumns.COUNTRY;
import static org.matchwise.imports.RosterColumns.EMAIL;
import static org.matchwise.imports.RosterColumns.EXTERNAL_ID;
import static org.matchwise.imports.RosterColumns.FAMILY_NAME;
import static org.matchwise.imports.RosterColumns.GIVEN_NAME;
import static org.matchwise.imports.RosterColumns.GRADUATION_DATE;
import static org.matchwise.imports.RosterColumns.MATCH_YEAR;
import static org.matchwise.imports.RosterColumns.MATRICULATION_DATE;
import static org.matchwise.imports.RosterColumns.MEDICAL_SCHOOL;
import static org.matchwise.imports.RosterColumns.TARGET_SPECIALTIES;
import static org.matchwise.imports.RosterColumns.VISA;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Visa;
import org.matchwise.text.MessageTemplates;

/**
 * Reads a roster CSV (RFC 4180, UTF-8, optional byte-order mark) with Apache Commons CSV and validates every
 * row and column, collecting every problem instead of stopping at the first. Pure: the caller passes the
 * advisors of its school.
 *
 * <p>Rows are numbered as a spreadsheet shows them: the header is row 1. Blank lines count as rows but
 * are skipped. Coded columns (applicantType, visa, targetSpecialties) take the label people read or the code, in
 * any case ("Internal medicine" = INTERNAL_MEDICINE). Column order is free; the header must name every column of {@link RosterColumns#ALL}
 * exactly once and nothing else.
 */
final class RosterCsv {

    /** The outcome: valid rows when {@code problems} is empty; {@code unreadable} marks a file-level failure. */
    record Parsed(List<RosterRow> rows, List<ImportProblem> problems, boolean unreadable) {
        Parsed {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;
    private static final int MAX_ID = 100;
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 320;
    private static final int MAX_SCHOOL = 300;
    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Labels of coded values (core's one label source): a cell may hold the label or the code, in any case. */
    private static final MessageTemplates LABELS = MessageTemplates.labels(Locale.ENGLISH);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    private RosterCsv() {
    }

    /**
     * Parses and validates {@code content}: a roster of at most {@code maxRows} applicant rows
     * ({@code matchwise.limits.import-rows}); a longer file is refused whole as soon as its row {@code maxRows + 1} is
     * read, without reading the rest.
     *
     * @param advisorEmails the emails (any case) of the advisors of the caller's school
     */
    static Parsed parse(String content, Set<String> advisorEmails, int maxRows) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> advisors = advisorEmails.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            records = new ArrayList<>();
            int filled = 0;
            for (CSVRecord record : parser) {
                records.add(record);
                if (!isBlank(record) && ++filled > (long) maxRows + 1) {
                    problems.add(ImportProblem.file("The file has more than " + maxRows + " applicant rows; at most "
                            + maxRows + " are imported at once (matchwise.limits.import-rows). Split it into smaller files."));
                    return new Parsed(List.of(), problems, true);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // reading a string never fails: Commons CSV reports malformed quoting this way, with the position
            problems.add(ImportProblem.file("The file is not valid CSV: " + rootMessage(e)));
            return new Parsed(List.of(), problems, true);
        }
        int headerIndex = firstNonBlank(records);
        if (headerIndex < 0) {
            problems.add(ImportProblem.file("The file is empty: expected a header row naming the columns "
                    + String.join(", ", RosterColumns.ALL) + "."));
            return new Parsed(List.of(), problems, true);
        }
        Map<String, Integer> columns = header(records.get(headerIndex), headerIndex + 1, problems);
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems, true);
        }
        List<RosterRow> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            int rowNumber = i + 1;
            if (isBlank(record)) {
                continue;
            }
            if (record.size() != columns.size()) {
                problems.add(new ImportProblem(rowNumber, null, "The row has " + record.size()
                        + (record.size() == 1 ? " cell" : " cells") + "; the header has " + columns.size() + "."));
                continue;
            }
            RosterRow row = new RowReader(record, columns, rowNumber, problems, advisors).read();
            if (row != null) {
                Integer first = firstRowOfId.putIfAbsent(row.externalId(), rowNumber);
                if (first != null) {
                    problems.add(new ImportProblem(rowNumber, EXTERNAL_ID, "Duplicate externalId '" + row.externalId()
                            + "': row " + first + " already has it."));
                    continue;
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.file("The file has a header but no applicant rows."));
            return new Parsed(List.of(), problems, true);
        }
        return new Parsed(problems.isEmpty() ? rows : List.of(), problems, false);
    }

    private static Map<String, Integer> header(CSVRecord record, int rowNumber, List<ImportProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i);
            if (name.isEmpty()) {
                problems.add(new ImportProblem(rowNumber, null, "Header cell " + (i + 1) + " is empty."));
            } else if (!RosterColumns.ALL.contains(name)) {
                String hint = RosterColumns.ALL.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst()
                        .map(c -> " (did you mean " + c + "? column names are case-sensitive)").orElse("");
                problems.add(new ImportProblem(rowNumber, name, "Unknown column" + hint + "; expected exactly "
                        + String.join(", ", RosterColumns.ALL) + "."));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(rowNumber, name, "The column appears twice in the header."));
            }
        }
        for (String expected : RosterColumns.ALL) {
            if (!columns.containsKey(expected)) {
                problems.add(new ImportProblem(rowNumber, expected, "Missing column."));
            }
        }
        return columns;
    }

    /** Reads one row's cells, adding a problem per bad cell; returns null when any cell is bad. */
    private static final class RowReader {
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final int row;
        private final List<ImportProblem> problems;
        private final Set<String> advisors;
        private final int problemsBefore;

        RowReader(CSVRecord record, Map<String, Integer> columns, int row, List<ImportProblem> problems,
                Set<String> advisors) {
            this.record = record;
            this.columns = columns;
            this.row = row;
            this.problems = problems;
            this.advisors = advisors;
            this.problemsBefore = problems.size();
        }

        RosterRow read() {
            String externalId = text(EXTERNAL_ID, true, MAX_ID);
            String given = text(GIVEN_NAME, true, MAX_NAME);
            String family = text(FAMILY_NAME, true, MAX_NAME);
            String email = email(EMAIL, false);
            ApplicantType type = enumValue(APPLICANT_TYPE, ApplicantType.class, true);
            Visa visa = enumValue(VISA, Visa.class, false);
            String school = text(MEDICAL_SCHOOL, false, MAX_SCHOOL);
            String country = country();
            if (country != null && school == null && cell(MEDICAL_SCHOOL).isEmpty()) {
                problem(MEDICAL_SCHOOL, "Required when country is given.");
            }
            LocalDate matriculation = date(MATRICULATION_DATE);
            LocalDate graduation = date(GRADUATION_DATE);
            if (matriculation != null && graduation != null && graduation.isBefore(matriculation)) {
                problem(GRADUATION_DATE, "Graduation date " + graduation + " is before the matriculation date "
                        + matriculation + ".");
            }
            List<Specialty> specialties = specialties();
            Integer matchYear = year(MATCH_YEAR);
            String advisor = email(ADVISOR_EMAIL, true);
            if (advisor != null && !advisors.contains(advisor.toLowerCase(Locale.ROOT))) {
                problem(ADVISOR_EMAIL, "'" + advisor + "' is not an advisor of your school.");
            }
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new RosterRow(row, externalId, given, family, email, type, visa == null ? Visa.NONE : visa, school,
                    country, matriculation, graduation, specialties, matchYear, advisor);
        }

        private String cell(String column) {
            return CsvCells.unescape(record.get(columns.get(column)));
        }

        private void problem(String column, String message) {
            problems.add(new ImportProblem(row, column, message));
        }

        private String text(String column, boolean required, int max) {
            String value = cell(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "Required.");
                }
                return null;
            }
            if (value.length() > max) {
                problem(column, "Longer than " + max + " characters.");
                return null;
            }
            if (value.chars().anyMatch(ch -> Character.isISOControl(ch))) {
                problem(column, "Contains a line break or control character.");
                return null;
            }
            return value;
        }

        private String email(String column, boolean required) {
            String value = text(column, required, MAX_EMAIL);
            if (value != null && !EMAIL_PATTERN.matcher(value).matches()) {
                problem(column, "'" + value + "' is not an email address.");
                return null;
            }
            return value;
        }

        private <E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
            String value = text(column, required, 80);
            if (value == null) {
                return null;
            }
            return LABELS.parse(type, value).orElseGet(() -> {
                problem(column, "Unknown value '" + value + "'; expected one of " + choices(type.getEnumConstants())
                        + " (the label or the code, in any case).");
                return null;
            });
        }

        private String country() {
            String value = text(COUNTRY, false, 2 + 10);
            if (value == null) {
                return null;
            }
            String upper = value.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(upper)) {
                problem(COUNTRY, "'" + value + "' is not an ISO 3166 two-letter country code (such as US, GD, IN).");
                return null;
            }
            return upper;
        }

        private LocalDate date(String column) {
            String value = text(column, true, 20);
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value, ISO_STRICT);
                if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                    problem(column, "Year " + date.getYear() + " is outside " + MIN_YEAR + " to " + MAX_YEAR + ".");
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                problem(column, value.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? "'" + value + "' is not a date that exists."
                        : "'" + value + "' is not a date in the form YYYY-MM-DD.");
                return null;
            }
        }

        private Integer year(String column) {
            String value = text(column, true, 10);
            if (value == null) {
                return null;
            }
            try {
                int year = Integer.parseInt(value);
                if (year < MIN_YEAR || year > MAX_YEAR) {
                    problem(column, "Year " + year + " is outside " + MIN_YEAR + " to " + MAX_YEAR + ".");
                    return null;
                }
                return year;
            } catch (NumberFormatException e) {
                problem(column, "'" + value + "' is not a year.");
                return null;
            }
        }

        private List<Specialty> specialties() {
            String value = cell(TARGET_SPECIALTIES);
            List<Specialty> result = new ArrayList<>();
            if (value.isEmpty()) {
                return result;
            }
            for (String part : value.split(RosterColumns.SPECIALTY_SEPARATOR, -1)) {
                String code = part.trim();
                if (code.isEmpty()) {
                    continue;
                }
                Specialty s = LABELS.parse(Specialty.class, code).orElse(null);
                if (s == null) {
                    problem(TARGET_SPECIALTIES, "Unknown specialty '" + code + "'; expected specialties such as "
                            + choices(Specialty.values()) + " (the label or the code, in any case), separated by ';'.");
                } else if (result.contains(s)) {
                    problem(TARGET_SPECIALTIES, "Specialty " + LABELS.label(s) + " is listed twice.");
                } else {
                    result.add(s);
                }
            }
            return result;
        }
    }

    /** The values as an office reads them, each with its code: "Internal Medicine (INTERNAL_MEDICINE)". */
    private static String choices(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> LABELS.label(v) + " (" + v.name() + ")").collect(Collectors.joining(", "));
    }

    private static int firstNonBlank(List<CSVRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            if (!isBlank(records.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String v : record) {
            if (!v.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
