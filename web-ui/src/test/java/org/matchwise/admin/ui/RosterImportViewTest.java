package org.matchwise.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.admin.AdminFixtures;
import org.matchwise.imports.ImportProblem;
import org.matchwise.imports.ImportReport;
import org.matchwise.imports.RosterColumns;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class RosterImportViewTest extends SpringBrowserlessTest {

    private static Map<String, String> row(String externalId) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("externalId", externalId);
        row.put("givenName", "Given");
        row.put("familyName", "Family " + externalId);
        row.put("email", externalId.toLowerCase() + "@example.org");
        row.put("applicantType", "US_IMG");
        row.put("visa", "NONE");
        row.put("medicalSchool", "Example University School of Medicine");
        row.put("country", "GD");
        row.put("matriculationDate", "2019-08-15");
        row.put("graduationDate", "2024-05-30");
        row.put("targetSpecialties", "INTERNAL_MEDICINE");
        row.put("matchYear", "2027");
        row.put("advisorEmail", AdminFixtures.ADVISOR);
        return row;
    }

    @SafeVarargs
    private static byte[] csv(Map<String, String>... rows) {
        List<String> lines = new ArrayList<>(List.of(String.join(",", RosterColumns.ALL)));
        for (Map<String, String> r : rows) {
            lines.add(String.join(",", RosterColumns.ALL.stream().map(r::get).toList()));
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> with(Map<String, String> row, String column, String value) {
        row.put(column, value);
        return row;
    }

    /** Uploads like the browser does, then lets the background check finish and its result reach the screen. */
    private void upload(RosterImportView view, String name, byte[] content) {
        test(view.upload).upload(name, "text/csv", content);
        roundTrip();
        finish(view);
    }

    private void finish(RosterImportView view) {
        assertThat(view.running).isNotNull();
        view.running.join();
        BackgroundWorkTesting.runPendingUiWork();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void a_valid_roster_is_previewed_row_by_row_and_committed_with_the_counts() {
        RosterImportView view = navigate(RosterImportView.class);
        String a = AdminFixtures.unique("IMP");
        String b = AdminFixtures.unique("IMP");

        upload(view, "roster.csv", csv(row(a), row(b)));

        assertThat(view.rows.getGenericDataView().getItems().map(ImportReport.RowPreview::externalId).toList())
                .as(view.summary.getText()).containsExactly(a, b);
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.commit.isVisible()).isTrue();
        assertThat(view.summary.getText()).isEqualTo(
                "Preview of roster.csv: 2 to create, 0 to update, 0 unchanged. Nothing is written yet.");
        assertThat(view.progress.isVisible()).isFalse();

        test(view.commit).click();
        finish(view);

        assertThat(view.summary.getText()).isEqualTo("Imported roster.csv: 2 created, 0 updated, 0 unchanged.");
        assertThat(view.commit.isVisible()).isFalse();

        upload(view, "roster.csv", csv(row(a), row(b)));
        assertThat(view.summary.getText()).contains("0 to create, 0 to update, 2 unchanged");
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void a_roster_with_errors_lists_every_error_by_row_and_column_and_offers_no_commit() {
        RosterImportView view = navigate(RosterImportView.class);

        upload(view, "roster.csv", csv(
                row(AdminFixtures.unique("OK")),
                with(row(AdminFixtures.unique("BAD")), "graduationDate", "2024-13-45"),
                with(row(AdminFixtures.unique("BAD")), "matchYear", "next year"),
                with(row(AdminFixtures.unique("BAD")), "advisorEmail", "stranger@nowhere.example")));

        List<ImportProblem> problems = view.errors.getGenericDataView().getItems().toList();
        assertThat(problems).as(view.summary.getText()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "graduationDate"),
                        org.assertj.core.groups.Tuple.tuple(4, "matchYear"),
                        org.assertj.core.groups.Tuple.tuple(5, "advisorEmail"));
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errorsTitle.getText()).isEqualTo("Problems (3)");
        assertThat(view.commit.isVisible()).isFalse();
        assertThat(view.summary.getText()).startsWith("roster.csv cannot be imported");
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void a_file_that_is_neither_csv_nor_json_is_not_sent_to_the_import() {
        RosterImportView view = navigate(RosterImportView.class);

        view.receive("roster.xlsx", new byte[] {1, 2, 3});

        assertThat(view.summary.getText()).isEqualTo("Upload a file ending in .csv or .json.");
        assertThat(view.commit.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_does_not_get_the_import() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/import");

        assertThat($(RosterImportView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_does_not_get_the_import() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/import");

        assertThat($(RosterImportView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void the_preview_shows_every_column_with_coded_values_in_words_and_labels_are_accepted_in_any_case() {
        RosterImportView view = navigate(RosterImportView.class);
        String id = AdminFixtures.unique("LBL");

        upload(view, "roster.csv", csv(with(with(with(row(id), "targetSpecialties", "Internal medicine;pediatrics"),
                "applicantType", "us citizen international graduate"), "visa", "J-1 visa")));

        assertThat(view.errors.isVisible()).as(view.summary.getText()).isFalse();
        assertThat(view.rows.getColumns()).as("row, action and one column per roster column")
                .hasSize(RosterColumns.ALL.size() + 2);
        ImportReport.RowPreview preview = view.rows.getGenericDataView().getItems().findFirst().orElseThrow();
        List<String> cells = view.rows.getColumns().stream()
                .map(c -> String.valueOf(test(view.rows).getCellText(0, view.rows.getColumns().indexOf(c)))).toList();
        assertThat(cells).contains(id, "Given", "Family " + id, id.toLowerCase() + "@example.org",
                "US citizen international graduate", "J-1 visa", "Example University School of Medicine", "GD",
                "Internal Medicine, Pediatrics", "2027", AdminFixtures.ADVISOR, "Created");
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("2019")).anySatisfy(c -> assertThat(c).contains("2024"));
        assertThat(preview.targetSpecialties()).hasSize(2);
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void a_new_file_replaces_a_rejected_one_in_place_with_nothing_of_the_old_report_left() {
        RosterImportView view = navigate(RosterImportView.class);
        String id = AdminFixtures.unique("RPL");

        upload(view, "first.csv", csv(with(row(id), "graduationDate", "2024-13-45")));
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.commit.isVisible()).isFalse();
        view.commit();
        assertThat(view.running.isDone()).as("a rejected file cannot be committed").isTrue();

        upload(view, "second.csv", csv(row(id)));

        assertThat(view.upload.isEnabled()).isTrue();
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.errors.getGenericDataView().getItems()).isEmpty();
        assertThat(view.summary.getText()).startsWith("Preview of second.csv: 1 to create");
        assertThat(view.commit.isVisible()).isTrue();
        test(view.commit).click();
        finish(view);
        assertThat(view.summary.getText()).isEqualTo("Imported second.csv: 1 created, 0 updated, 0 unchanged.");
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void the_screen_links_the_roster_template() {
        RosterImportView view = navigate(RosterImportView.class);

        assertThat(view.template.getText()).isEqualTo("Download the roster template (CSV)");
        assertThat(view.template.getHref()).isNotBlank();
    }
}
