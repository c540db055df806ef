package org.matchwise.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.CorrectionService;
import org.matchwise.applicant.CorrectionViews;
import org.matchwise.applicant.EntryRequestKind;
import org.matchwise.applicant.EntryRequestStatus;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.SaveResult;
import org.matchwise.dashboard.SameSecurityStrategy;
import org.matchwise.dashboard.VerificationQueue;
import org.matchwise.dashboard.VerificationQueue.Action;
import org.matchwise.dashboard.VerificationQueue.AwaitingEntry;
import org.matchwise.dashboard.VerificationQueue.Kind;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's "Awaiting verification" panel: an entry an applicant made shows there, marked unverified,
 * with who, what and when, for the advisors of the applicant's school only; one click verifies it.
 */
@MatchwiseTest
@ExtendWith(SameSecurityStrategy.class)
class AwaitingVerificationTest extends SpringBrowserlessTest {

    static final String VERA = "vera.verify@applicants.example";
    static final LocalDate TEST_DAY = LocalDate.of(2027, 8, 20);
    /** A school of this test's own (other tests' second schools may share the database). */
    static final String OTHER_SCHOOL = "Verification Elsewhere School";
    static final String OTHER_ADVISOR = "advisor@verify-elsewhere.example";

    static PortalFixture fixture;
    static PortalFixture.Applicant vera;

    @Autowired ApplicantService applicants;
    @Autowired VerificationQueue queue;
    @Autowired CorrectionService corrections;

    @BeforeAll
    static void applicant(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock) {
        fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        vera = fixture.applicant(VERA, "Vera", "Verify");
        synchronized (AwaitingVerificationTest.class) {
            if (!accounts.schoolExists(OTHER_SCHOOL)) {
                accounts.createSchoolWithAccounts(OTHER_SCHOOL, List.of(new AccountSetup.NewAccount(OTHER_ADVISOR,
                        "Otto Elsewhere", Role.ADVISOR, "elsewhere-advisor-password")));
            }
        }
    }

    /** The applicant adds a scheduled Step 3 date herself (she passed Step 2 CK); answers its reference, e.g. exams[3]. */
    private String applicantSchedulesStep2() {
        return fixture.as(VERA, () -> {
            var mine = applicants.get(vera.recordId());
            var edited = mine.profile().toBuilder().exam(ExamAttempt.scheduled(Exam.USMLE_STEP3, TEST_DAY)).build();
            assertThat(applicants.replace(vera.recordId(), edited, mine.version())).isInstanceOf(SaveResult.Saved.class);
            return "exams[" + mine.profile().exams().size() + "]";
        });
    }

    /**
     * The dashboard as it is now. An advisor's UI opens on the dashboard before the test body runs (home forwards
     * there), and navigating to the route already shown keeps that instance: reload it, as a fresh visit would.
     */
    private DashboardView dashboard() {
        DashboardView view = navigate(DashboardView.class);
        view.refresh();
        return view;
    }

    private static List<AwaitingEntry> entriesOf(AwaitingVerification panel, long applicantId) {
        return panel.shown.entries().stream().filter(e -> e.applicantId() == applicantId).toList();
    }

    private ListItem itemOf(AwaitingVerification panel, String reference) {
        return panel.entries.getChildren().map(ListItem.class::cast)
                .filter(li -> reference.equals(li.getElement().getAttribute("data-reference"))
                        && String.valueOf(vera.recordId()).equals(li.getElement().getAttribute("data-applicant")))
                .findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_entry_the_applicant_made_shows_unverified_with_who_what_and_when_and_one_click_verifies_it() {
        String reference = applicantSchedulesStep2();

        DashboardView view = dashboard();
        AwaitingVerification panel = view.awaiting;

        assertThat(view.query().matchYear()).isEqualTo(2027);
        assertThat(entriesOf(panel, vera.recordId())).extracting(AwaitingEntry::reference).contains(reference);
        ListItem item = itemOf(panel, reference);
        assertThat(item.getElement().getTextRecursively())
                .contains("Vera Verify", " entered: USMLE Step 3, scheduled for 20 Aug 2027", "Unverified", "entered ");
        assertThat(item.getElement().getTextRecursively()).doesNotContain("USMLE_STEP3", "SCHEDULED");
        assertThat(panel.summary.getText()).contains("no advisor has verified yet");

        Button verify = item.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        assertThat(verify.getText()).isEqualTo("Verify");
        test(verify).click();

        assertThat(fixture.as("advisor@demo.example", () -> applicants.get(vera.recordId())).unverified())
                .doesNotContain(reference);
        assertThat(entriesOf(panel, vera.recordId())).extracting(AwaitingEntry::reference).doesNotContain(reference);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_entry_the_applicant_changed_after_it_was_listed_is_not_verified_unseen() {
        String reference = applicantSchedulesStep2();
        DashboardView view = dashboard();
        Button verify = itemOf(view.awaiting, reference).getChildren().filter(Button.class::isInstance)
                .map(Button.class::cast).findFirst().orElseThrow();
        int index = Integer.parseInt(reference.replaceAll("\\D", ""));
        fixture.as(VERA, () -> {
            var mine = applicants.get(vera.recordId());
            var exams = new java.util.ArrayList<>(mine.profile().exams());
            exams.set(index, ExamAttempt.scheduled(Exam.USMLE_STEP3, TEST_DAY.plusDays(7)));
            return applicants.replace(vera.recordId(), mine.profile().toBuilder().exams(exams).build(), mine.version());
        });

        test(verify).click();

        assertThat(fixture.as("advisor@demo.example", () -> applicants.get(vera.recordId())).unverified())
                .as("the changed entry still waits for a look").contains(reference);
        assertThat(itemOf(view.awaiting, reference).getElement().getTextRecursively())
                .as("the list shows the entry as it is now").contains("27 Aug 2027");
    }

    /** A fresh applicant of this test's own who asks to remove her verified Step 1 failure; answers the request's id. */
    private PortalFixture.Applicant applicantAsksToRemoveHerStep1Failure() {
        String email = "wren." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@applicants.example";
        PortalFixture.Applicant wren = fixture.applicant(email, "Wren", "Request");
        var asked = fixture.as(email, () -> corrections.requestCorrection(wren.recordId(), "exams[0]",
                EntryRequestKind.REMOVE, "That sitting was annulled.", null));
        assertThat(asked).isInstanceOf(CorrectionViews.CorrectionResult.Done.class);
        return wren;
    }

    private ListItem requestOf(AwaitingVerification panel, long applicantId) {
        return panel.entries.getChildren().map(ListItem.class::cast)
                .filter(li -> String.valueOf(applicantId).equals(li.getElement().getAttribute("data-applicant"))
                        && li.getElement().getAttribute("data-request") != null)
                .findFirst().orElseThrow();
    }

    private static Button button(ListItem item, Action action) {
        return item.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> action.name().equals(b.getElement().getAttribute("data-action"))).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_correction_request_shows_in_words_with_its_reason_and_one_click_accepts_it() {
        PortalFixture.Applicant wren = applicantAsksToRemoveHerStep1Failure();
        DashboardView view = dashboard();

        ListItem item = requestOf(view.awaiting, wren.recordId());
        assertThat(item.getElement().getTextRecursively()).contains("Wren Request",
                " asks to remove: USMLE Step 1, 10 Jun 2019, failed", "Removal requested",
                "Reason: That sitting was annulled.");
        assertThat(item.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()))
                .containsExactly("Accept", "Decline");

        test(button(item, Action.ACCEPT)).click();

        assertThat(fixture.as("advisor@demo.example", () -> applicants.get(wren.recordId())).profile().exams())
                .extracting(ExamAttempt::outcome).doesNotContain(org.matchwise.applicant.ExamOutcome.FAIL);
        assertThat(view.awaiting.shown.entries()).noneMatch(e -> e.applicantId() == wren.recordId());
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void declining_in_one_click_sends_the_optional_note_to_the_applicant_and_keeps_the_entry() {
        PortalFixture.Applicant wren = applicantAsksToRemoveHerStep1Failure();
        DashboardView view = dashboard();
        ListItem item = requestOf(view.awaiting, wren.recordId());
        item.getChildren().filter(com.vaadin.flow.component.textfield.TextField.class::isInstance)
                .map(com.vaadin.flow.component.textfield.TextField.class::cast).findFirst().orElseThrow()
                .setValue("The transcript still lists it.");

        test(button(item, Action.DECLINE)).click();

        assertThat(fixture.as(wren.email(), () -> corrections.myRequests())).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(EntryRequestStatus.DECLINED);
            assertThat(r.decisionNote()).isEqualTo("The transcript still lists it.");
        });
        assertThat(fixture.as("advisor@demo.example", () -> applicants.get(wren.recordId())).profile().exams()).hasSize(3);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_removal_the_applicant_made_is_listed_and_acknowledged_in_one_click() {
        String reference = applicantSchedulesStep2();
        int index = Integer.parseInt(reference.replaceAll("\\D", ""));
        fixture.as(VERA, () -> {
            var mine = applicants.get(vera.recordId());
            var exams = new java.util.ArrayList<>(mine.profile().exams());
            exams.remove(index);
            return applicants.replace(vera.recordId(), mine.profile().toBuilder().exams(exams).build(), mine.version());
        });
        DashboardView view = dashboard();

        ListItem item = requestOf(view.awaiting, vera.recordId());
        assertThat(item.getElement().getAttribute("data-kind")).isEqualTo("REMOVED");
        assertThat(item.getElement().getTextRecursively()).contains("Vera Verify",
                " removed: USMLE Step 3, scheduled for 20 Aug 2027", "Removed by the applicant");

        test(button(item, Action.ACKNOWLEDGE)).click();

        assertThat(view.awaiting.shown.entries()).noneMatch(e -> e.applicantId() == vera.recordId() && e.kind() == Kind.REMOVED);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_case_link_opens_the_applicants_case_view() {
        String reference = applicantSchedulesStep2();
        DashboardView view = dashboard();

        var link = itemOf(view.awaiting, reference).getChildren()
                .filter(com.vaadin.flow.component.html.Anchor.class::isInstance)
                .map(com.vaadin.flow.component.html.Anchor.class::cast).findFirst().orElseThrow();

        assertThat(link.getHref()).isEqualTo("applicants/" + vera.recordId());
        assertThat(link.getText()).isEqualTo("Vera Verify");
    }

    @Test
    @WithUserDetails(value = OTHER_ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_advisor_of_another_school_never_sees_the_entry_and_cannot_verify_it() {
        String reference = applicantSchedulesStep2();

        DashboardView view = dashboard();
        view.scope.setValue(DashboardView.Scope.SCHOOL);

        assertThat(entriesOf(view.awaiting, vera.recordId())).isEmpty();
        assertThat(queue.awaiting(new DashboardQuery(2027, null, null)).entries())
                .noneMatch(e -> e.applicantId() == vera.recordId());
        assertThatThrownBy(() -> applicants.verify(vera.recordId(), reference))
                .isInstanceOf(org.matchwise.applicant.ApplicantNotFoundException.class);
        assertThat(fixture.as("advisor@demo.example", () -> applicants.get(vera.recordId())).unverified()).contains(reference);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void with_nothing_to_verify_the_panel_says_what_that_means() {
        DashboardView view = navigate(DashboardView.class);

        view.awaiting.show(new DashboardQuery(2049, null, null));

        assertThat(view.awaiting.shown.entries()).isEmpty();
        assertThat(view.awaiting.summary.getText()).isEqualTo("Nothing awaits verification: an advisor has checked every"
                + " entry the applicants in this view made themselves, and answered every correction request and removal.");
        assertThat(view.awaiting.entries.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(VERA)
    void an_applicant_reaches_neither_the_panel_nor_its_list() {
        UI.getCurrent().navigate("dashboard");

        assertThat($(DashboardView.class).exists()).isFalse();
        assertThat($(AwaitingVerification.class).exists()).isFalse();
        assertThatThrownBy(() -> queue.awaiting(new DashboardQuery(2027, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applicants.verify(vera.recordId(), "exams[0]")).isInstanceOf(AccessDeniedException.class);
    }
}
