package org.matchwise.worklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.shell.ui.HomeView;
import org.matchwise.dashboard.Caseload;
import org.matchwise.dashboard.SameSecurityStrategy;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.flags.FlagCategory;
import org.matchwise.worklist.WorklistViews.WorkItem;
import org.matchwise.worklist.WorklistViews.WorkKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The worklist screen: advisors and admins land on it, rows say what and why in words, and act in one click. */
@MatchwiseTest
@ExtendWith(SameSecurityStrategy.class)
class WorklistViewTest extends SpringBrowserlessTest {

    static final int YEAR = 2034;
    static Caseload caseload;

    @Autowired ApplicantService applicants;
    @Autowired RemediationPlanRepository plans;

    private WorklistView open() {
        synchronized (WorklistViewTest.class) {
            if (caseload == null) {
                caseload = Caseload.store(applicants, plans, YEAR, "advisor@demo.example", LocalDate.now());
            }
        }
        WorklistView view = navigate(WorklistView.class);
        view.year.setValue(YEAR);
        return view;
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_who_opens_home_lands_on_the_worklist() {
        UI.getCurrent().navigate("");

        assertThat($(HomeView.class).exists()).isFalse();
        assertThat($(WorklistView.class).exists()).isTrue();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void each_row_names_the_applicant_and_says_the_reason_in_words_never_in_codes() {
        WorklistView view = open();

        assertThat(view.rows).isNotEmpty();
        for (WorklistView.Row row : view.rows) {
            assertThat(row.reason()).doesNotContainPattern("[A-Z]{2,}_[A-Z]{2,}").doesNotContain("{");
        }
        assertThat(view.rows).anySatisfy(r -> assertThat(r.reason()).startsWith("Plan action overdue (due ")
                .endsWith("): Complete the formal remediation (professionalism concern)"));
        assertThat(view.rows).anySatisfy(r -> assertThat(r.reason()).startsWith("Letter from C. Internist was due"));
        assertThat(view.rows).anySatisfy(r -> assertThat(r.reason()).contains("Step 2 CK")
                .contains("after programs’ opening day"));
        assertThat(view.rows.getFirst().item().date()).isBefore(LocalDate.now()); // overdue first
        assertThat(view.summary.getText()).contains("to do").contains("overdue");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_plan_action_says_which_category_it_answers_so_one_title_for_two_flags_reads_as_two_things() {
        WorklistView view = open();
        LocalDate due = LocalDate.of(2026, 12, 12);
        // the catalogue's gap actions answer a leave of absence and a gap in training alike, under one title
        WorkItem leave = new WorkItem("action:1:" + due, WorkKind.ACTION_DUE, 7L, "Dana Reyes", due,
                "Write down the exact dates", FlagCategory.LEAVE_OF_ABSENCE, null);
        WorkItem gap = new WorkItem("action:2:" + due, WorkKind.ACTION_DUE, 7L, "Dana Reyes", due,
                "Write down the exact dates", FlagCategory.TRAINING_GAP, null);
        WorkItem ownAction = new WorkItem("action:3:" + due, WorkKind.ACTION_OVERDUE, 7L, "Dana Reyes", due,
                "Call the program coordinator", null, null);

        assertThat(view.reason(leave)).isEqualTo("Plan action due Dec 12, 2026: Write down the exact dates"
                + " (leave of absence)");
        assertThat(view.reason(gap)).isEqualTo("Plan action due Dec 12, 2026: Write down the exact dates"
                + " (gap in training)");
        assertThat(view.reason(ownAction)).isEqualTo("Plan action overdue (due Dec 12, 2026): Call the program"
                + " coordinator");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void done_takes_a_row_off_the_list_in_one_click() {
        WorklistView view = open();
        WorklistView.Row letter = view.rows.stream().filter(r -> r.item().kind() == WorkKind.ACTION_DUE)
                .findFirst().orElseThrow();

        letter.done().click();

        assertThat(view.rows).extracting(r -> r.item().key()).doesNotContain(letter.item().key());
        assertThat(view.shown.hidden()).isPositive();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void snooze_asks_for_a_day_and_takes_the_row_off_until_then() {
        WorklistView view = open();
        WorklistView.Row step2 = view.rows.stream().filter(r -> r.item().kind() == WorkKind.STEP2_FAILED)
                .findFirst().orElseThrow();

        step2.snooze().click();
        assertThat(view.snoozeUntil.getValue()).isEqualTo(LocalDate.now().plusDays(7));
        view.snoozeOk.click();

        assertThat(view.rows).extracting(r -> r.item().key()).doesNotContain(step2.item().key());
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_headline_figures_open_the_filtered_applicant_list() {
        WorklistView view = open();

        List<String> links = view.headline.getChildren().map(c -> ((RouterLink) c).getHref()).toList();
        assertThat(links).hasSize(4);
        assertThat(links.get(0)).startsWith("applicants?").contains("year=" + YEAR, "advisor=");
        assertThat(links.get(1)).contains("marker=OPEN_HIGH");
        assertThat(links.get(2)).contains("verdict=NOT_READY");
        assertThat(links.get(3)).contains("marker=REAPPLICANT");
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_does_not_get_the_worklist() {
        UI.getCurrent().navigate("worklist");

        assertThat($(WorklistView.class).exists()).isFalse();
    }
}
