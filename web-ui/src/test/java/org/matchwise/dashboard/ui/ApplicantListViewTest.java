package org.matchwise.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.Specialty;
import org.matchwise.dashboard.Caseload;
import org.matchwise.dashboard.DashboardViews.ListRow;
import org.matchwise.dashboard.ListSort;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.readiness.Verdict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
@org.junit.jupiter.api.extension.ExtendWith(org.matchwise.dashboard.SameSecurityStrategy.class)
class ApplicantListViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicantService applicants;
    @Autowired
    RemediationPlanRepository plans;

    private Caseload caseload(int year) {
        return Caseload.store(applicants, plans, year, "advisor@demo.example", LocalDate.now());
    }

    /** Opens a list address with its query string, as a bookmark would. */
    private ApplicantListView open(String url) {
        int q = url.indexOf('?');
        UI.getCurrent().navigate(url.substring(0, q), QueryParameters.fromString(url.substring(q + 1)));
        return $(ApplicantListView.class).single();
    }

    private static List<String> names(ApplicantListView view) {
        return view.grid.getGenericDataView().getItems().map(ListRow::name).toList();
    }

    private static Map<String, List<String>> currentParameters() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_grid_loads_pages_from_the_service_sorted_by_name() {
        caseload(2051);
        ApplicantListView view = open("applicants?year=2051");

        assertThat(view.grid.getDataProvider()).isNotInstanceOf(ListDataProvider.class);
        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(names(view)).containsExactly("Dee Failsworth", "Cy Latimer", "Eve Nodate", "Ben Ontrack",
                "Fay Osteo", "Ada Passfield", "Gus Unassigned");
        assertThat(view.count.getText()).isEqualTo("7 applicants");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void search_matches_name_or_email_and_goes_into_the_url() {
        caseload(2052);
        ApplicantListView view = open("applicants?year=2052");

        view.search.setValue("latim");
        assertThat(names(view)).containsExactly("Cy Latimer");
        assertThat(currentParameters()).containsEntry("q", List.of("latim"));

        view.search.setValue("ben.ontrack.2052@");
        assertThat(names(view)).containsExactly("Ben Ontrack");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void each_filter_narrows_the_list() {
        Caseload c = caseload(2053);
        ApplicantListView view = open("applicants?year=2053");

        view.step2.setValue(Step2Status.LATE);
        assertThat(names(view)).containsExactly("Cy Latimer");
        view.step2.clear();

        view.category.setValue(FlagCategory.PROFESSIONALISM);
        assertThat(names(view)).containsExactly("Dee Failsworth");
        view.severity.setValue(Severity.HIGH);
        assertThat(names(view)).containsExactly("Dee Failsworth");
        view.clear.click();
        assertThat(names(view)).hasSize(7);

        view.verdict.setValue(Verdict.NOT_READY);
        List<String> notReady = names(view);
        assertThat(notReady).contains("Dee Failsworth").doesNotContain("Ada Passfield");
        view.verdict.clear();

        view.specialty.setValue(Specialty.MED_PEDS);
        assertThat(names(view)).containsExactly("Eve Nodate");
        view.specialty.clear();

        long advisorId = view.advisor.getListDataView().getItems().filter(a -> a.name().equals("Alex Advisor"))
                .findFirst().orElseThrow().id();
        view.advisor.setValue(view.advisor.getListDataView().getItems().filter(a -> a.id() == advisorId)
                .findFirst().orElseThrow());
        assertThat(names(view)).hasSize(6).doesNotContain(c.named("Gus").name());
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void filters_and_sort_round_trip_through_the_url() {
        caseload(2054);
        String url = "applicants?year=2054&category=EXAM_FAILURE&severity=HIGH&verdict=NOT_READY"
                + "&step2=FAILED_NOT_PASSED&specialty=INTERNAL_MEDICINE&q=fails&sort=EMAIL&dir=desc";
        ApplicantListView view = open(url);

        assertThat(view.year.getValue()).isEqualTo(2054);
        assertThat(view.category.getValue()).isEqualTo(FlagCategory.EXAM_FAILURE);
        assertThat(view.severity.getValue()).isEqualTo(Severity.HIGH);
        assertThat(view.verdict.getValue()).isEqualTo(Verdict.NOT_READY);
        assertThat(view.step2.getValue()).isEqualTo(Step2Status.FAILED_NOT_PASSED);
        assertThat(view.specialty.getValue()).isEqualTo(Specialty.INTERNAL_MEDICINE);
        assertThat(view.search.getValue()).isEqualTo("fails");
        assertThat(view.grid.getSortOrder()).singleElement().satisfies(o -> {
            assertThat(o.getSorted().getKey()).isEqualTo("EMAIL");
            assertThat(o.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        assertThat(names(view)).containsExactly("Dee Failsworth");

        // the state written back gives the same address
        assertThat(view.state().toParameters().getParameters())
                .isEqualTo(QueryParameters.fromString(url.substring(url.indexOf('?') + 1)).getParameters());
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void changing_a_filter_or_the_sort_rewrites_the_url_and_nonsense_parameters_are_ignored() {
        caseload(2055);
        ApplicantListView view = open("applicants?year=2055&category=NO_SUCH&advisor=abc");
        assertThat(view.category.getValue()).isNull();
        assertThat(names(view)).hasSize(7);

        view.category.setValue(FlagCategory.MULTIPLE_CYCLES);
        assertThat(currentParameters()).containsEntry("category", List.of("MULTIPLE_CYCLES"))
                .containsEntry("year", List.of("2055"));

        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey(ListSort.EMAIL.name()),
                SortDirection.DESCENDING)));
        assertThat(currentParameters()).containsEntry("sort", List.of("EMAIL")).containsEntry("dir", List.of("desc"));
    }

    @Test
    void an_email_may_break_before_its_at_and_nothing_of_it_is_lost() {
        for (String email : List.of("dee.failsworth.2027@example.org", "no-at-sign", "a@b@example.org", "")) {
            assertThat(ApplicantListView.emailLocal(email) + ApplicantListView.emailDomain(email)).isEqualTo(email);
        }
        assertThat(ApplicantListView.emailDomain("dee.failsworth.2027@example.org")).isEqualTo("@example.org");
        assertThat(ApplicantListView.emailDomain("no-at-sign")).isEmpty();
        assertThat(ApplicantListView.emailLocal(null) + ApplicantListView.emailDomain(null)).isEmpty();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void sorting_by_email_descending_reverses_the_order() {
        caseload(2056);
        ApplicantListView view = open("applicants?year=2056&sort=EMAIL&dir=desc");

        List<String> emails = view.grid.getGenericDataView().getItems().map(ListRow::email).toList();
        assertThat(emails).hasSize(7).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_row_opens_the_case_page_and_an_empty_result_says_what_to_do() {
        Caseload c = caseload(2057);
        ApplicantListView view = open("applicants?year=2057&q=nobody-by-this-name");
        assertThat(names(view)).isEmpty();
        assertThat(view.grid.getEmptyStateText()).contains("Clear a filter");

        assertThat(ApplicantListView.caseUrl(c.named("Ada").id())).isEqualTo("applicants/" + c.named("Ada").id());
        view = open("applicants?year=2057&q=passfield");
        test(view.grid).clickRow(0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("applicants/" + c.named("Ada").id());
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_does_not_get_the_list() {
        UI.getCurrent().navigate("applicants");

        assertThat($(ApplicantListView.class).exists()).isFalse();
    }
}
