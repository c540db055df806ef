package org.matchwise.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.matchwise.imports.Rosters.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Visa;

class RosterCsvTest {

    private static final Set<String> ADVISORS = Set.of("Advisor@Demo.Example");

    private static RosterCsv.Parsed parse(String csv) {
        return RosterCsv.parse(csv, ADVISORS, Integer.MAX_VALUE);
    }

    @Test
    void a_valid_roster_reads_every_column_with_specialties_split_on_semicolons() {
        RosterCsv.Parsed parsed = parse(roster().row(1, "givenName", "Łucja", "familyName", "Ñúñez-Øberg",
                "visa", "", "country", "gd").csv());

        assertThat(parsed.problems()).isEmpty();
        RosterRow row = parsed.rows().get(0);
        assertThat(row.row()).isEqualTo(2);
        assertThat(row.givenName()).isEqualTo("Łucja");
        assertThat(row.familyName()).isEqualTo("Ñúñez-Øberg");
        assertThat(row.applicantType()).isEqualTo(ApplicantType.US_IMG);
        assertThat(row.visa()).isEqualTo(Visa.NONE);
        assertThat(row.country()).isEqualTo("GD");
        assertThat(row.matriculationDate()).isEqualTo(LocalDate.of(2019, 8, 15));
        assertThat(row.targetSpecialties()).containsExactly(Specialty.MED_PEDS, Specialty.INTERNAL_MEDICINE);
        assertThat(row.matchYear()).isEqualTo(2027);
    }

    @Test
    void a_roster_with_one_bad_date_rejects_the_whole_file_and_names_row_3_column_graduationDate() {
        RosterCsv.Parsed parsed = parse(roster().row(1).row(2, "graduationDate", "2024-02-30").row(3).csv());

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(3, "graduationDate"));
        assertThat(parsed.problems().get(0).message()).contains("2024-02-30").contains("not a date that exists");
    }

    @Test
    void every_bad_cell_of_every_row_is_reported_not_only_the_first() {
        RosterCsv.Parsed parsed = parse(roster()
                .row(1, "applicantType", "IMG", "visa", "F1", "targetSpecialties", "MED_PEDS;DERMATOLOGY")
                .row(2, "givenName", "", "matriculationDate", "15/08/2019", "matchYear", "twenty")
                .row(3, "email", "not-an-email", "country", "XX", "advisorEmail", "stranger@elsewhere.example")
                .csv());

        assertThat(parsed.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                tuple(2, "applicantType"), tuple(2, "visa"), tuple(2, "targetSpecialties"),
                tuple(3, "givenName"), tuple(3, "matriculationDate"), tuple(3, "matchYear"),
                tuple(4, "email"), tuple(4, "country"), tuple(4, "advisorEmail"));
        assertThat(parsed.problems().get(0).message()).contains("'IMG'")
                .contains("US MD graduate (US_MD)", "US DO graduate (US_DO)", "US citizen international graduate (US_IMG)",
                        "international graduate (NON_US_IMG)");
        assertThat(parsed.problems().get(8).message()).contains("not an advisor of your school");
    }

    @Test
    void a_graduation_before_matriculation_is_an_impossible_date_on_graduationDate() {
        RosterCsv.Parsed parsed = parse(roster().row(1, "graduationDate", "2018-05-30").csv());

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("graduationDate");
            assertThat(p.message()).contains("before the matriculation date");
        });
    }

    @Test
    void a_duplicate_externalId_within_the_file_names_both_rows() {
        RosterCsv.Parsed parsed = parse(roster().row(1).row(2).row(1, "givenName", "Again").csv());

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("externalId");
            assertThat(p.message()).contains("'R-1'").contains("row 2");
        });
    }

    @Test
    void a_header_with_a_missing_an_unknown_and_a_miscased_column_is_rejected_as_a_whole_file() {
        String header = Rosters.HEADER.replace(",visa", "").replace("email,", "Email,") + ",notes";

        RosterCsv.Parsed parsed = parse(header + "\r\n" + "x\r\n");

        assertThat(parsed.unreadable()).isTrue();
        assertThat(parsed.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactlyInAnyOrder(
                tuple(1, "Email"), tuple(1, "notes"), tuple(1, "email"), tuple(1, "visa"));
        assertThat(parsed.problems()).filteredOn(p -> "Email".equals(p.column())).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("did you mean email?"));
    }

    @Test
    void columns_may_come_in_any_order_and_a_byte_order_mark_and_blank_lines_are_ignored() {
        List<String> reversed = new java.util.ArrayList<>(RosterColumns.ALL);
        java.util.Collections.reverse(reversed);
        java.util.Map<String, String> row = Rosters.valid(7);
        String line = String.join(",", reversed.stream().map(c -> row.get(c).contains(",") ? "\"" + row.get(c) + "\""
                : row.get(c)).toList());

        RosterCsv.Parsed parsed = parse("\uFEFF" + String.join(",", reversed) + "\n\n" + line + "\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.externalId()).isEqualTo("R-7");
        });
    }

    @Test
    void a_row_with_too_few_cells_is_named_by_its_row() {
        RosterCsv.Parsed parsed = parse(roster().row(1).line("R-2,Only,Three").csv());

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("3 cells").contains("13");
        });
    }

    @Test
    void an_empty_file_and_a_header_without_rows_are_rejected_as_whole_files() {
        assertThat(parse("").problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(parse("").unreadable()).isTrue();
        assertThat(parse(Rosters.HEADER + "\r\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no applicant rows"));
    }

    @Test
    void an_unterminated_quote_is_reported_as_invalid_csv_not_a_crash() {
        RosterCsv.Parsed parsed = parse(roster().row(1).csv() + "R-2,\"broken\r\n");

        assertThat(parsed.unreadable()).isTrue();
        assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not valid CSV"));
    }

    @Test
    void a_cell_escaped_against_formula_injection_on_export_reads_back_without_the_quote() {
        RosterCsv.Parsed parsed = parse(roster().row(1, "familyName", "'-Smith", "givenName", "'Abdu").csv());

        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.familyName()).isEqualTo("-Smith");
            assertThat(r.givenName()).isEqualTo("'Abdu");
        });
    }

    @Test
    void a_generated_roster_of_a_thousand_rows_reads_without_a_problem() {
        String csv = org.matchwise.demo.BenchmarkData.rosterCsv(5, 1000, 2027, "advisor@demo.example");

        RosterCsv.Parsed parsed = parse(csv);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(1000);
    }

    @Test
    void coded_columns_take_the_label_or_the_code_in_any_case() {
        RosterCsv.Parsed parsed = parse(roster()
                .row(1, "applicantType", "us citizen international graduate", "visa", "J-1 visa",
                        "targetSpecialties", "Internal medicine; pediatrics ;MED_PEDS")
                .row(2, "applicantType", "us_md", "visa", "none", "targetSpecialties", "internal_medicine")
                .csv());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).applicantType()).isEqualTo(ApplicantType.US_IMG);
        assertThat(parsed.rows().get(0).visa()).isEqualTo(Visa.J1);
        assertThat(parsed.rows().get(0).targetSpecialties())
                .containsExactly(Specialty.INTERNAL_MEDICINE, Specialty.PEDIATRICS, Specialty.MED_PEDS);
        assertThat(parsed.rows().get(1).applicantType()).isEqualTo(ApplicantType.US_MD);
        assertThat(parsed.rows().get(1).visa()).isEqualTo(Visa.NONE);
        assertThat(parsed.rows().get(1).targetSpecialties()).containsExactly(Specialty.INTERNAL_MEDICINE);
    }

    @Test
    void a_specialty_named_twice_once_by_label_and_once_by_code_is_listed_twice() {
        RosterCsv.Parsed parsed = parse(roster().row(1, "targetSpecialties", "Internal Medicine;INTERNAL_MEDICINE").csv());

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("targetSpecialties");
            assertThat(p.message()).isEqualTo("Specialty Internal Medicine is listed twice.");
        });
    }

    @Test
    void the_downloadable_template_has_the_header_and_one_example_row_that_reads_without_a_problem() {
        String template = RosterTemplate.csv();
        List<String> lines = template.lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(String.join(",", RosterColumns.ALL));
        RosterCsv.Parsed parsed = RosterCsv.parse(template, Set.of(RosterTemplate.EXAMPLE_ADVISOR), Integer.MAX_VALUE);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.targetSpecialties()).containsExactly(Specialty.INTERNAL_MEDICINE, Specialty.PEDIATRICS);
            assertThat(r.applicantType()).isEqualTo(ApplicantType.US_IMG);
        });
        assertThat(lines.get(1)).as("the example uses the words people read").contains("Internal Medicine;Pediatrics");
    }
}
