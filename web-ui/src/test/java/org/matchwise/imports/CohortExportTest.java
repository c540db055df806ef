package org.matchwise.imports;

import org.matchwise.base.CsvCells;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.demo.DemoCohort;

class CohortExportTest {

    private static ApplicantStore.Stored stored(ApplicantProfile p) {
        return new ApplicantStore.Stored(1, 0, p, List.of("advisor@demo.example"));
    }

    @Test
    void cells_starting_with_equals_plus_minus_at_tab_or_carriage_return_are_prefixed_with_a_single_quote() {
        assertThat(List.of("=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx").stream().map(CsvCells::safe).toList())
                .containsExactly("'=1+2", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx");
        assertThat(CsvCells.safe("Dana")).isEqualTo("Dana");
        assertThat(CsvCells.safe("O'Neil")).isEqualTo("O'Neil");
        assertThat(CsvCells.safe(null)).isEmpty();
    }

    @Test
    void an_exported_formula_in_a_name_reaches_the_file_quoted_and_never_as_a_formula() {
        ApplicantProfile p = DemoCohort.applicants().get(1).profile().toBuilder()
                .name("=HYPERLINK(\"http://evil.example\")", "@Evil").build();

        String csv = CohortExport.write(List.of(stored(p)));

        String row = csv.split("\r\n")[1];
        assertThat(row).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").contains(",'@Evil,");
        assertThat(row).doesNotContain(",=").doesNotContain(",@");
    }

    @Test
    void an_exported_cohort_reads_back_as_the_same_roster() {
        List<ApplicantProfile> cohort = DemoCohort.applicants().stream().map(DemoCohort.DemoApplicant::profile)
                .filter(p -> p.matchYear() == 2027).toList();

        String csv = CohortExport.write(cohort.stream().map(CohortExportTest::stored).toList());
        RosterCsv.Parsed parsed = RosterCsv.parse(csv, Set.of("advisor@demo.example"), Integer.MAX_VALUE);

        assertThat(csv).startsWith(String.join(",", RosterColumns.ALL) + "\r\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(cohort.size());
        for (int i = 0; i < cohort.size(); i++) {
            assertThat(parsed.rows().get(i).applyTo(cohort.get(i))).isEqualTo(cohort.get(i));
        }
    }
}
