package org.matchwise.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.CorrectionService;
import org.matchwise.applicant.EntryRequestKind;
import org.matchwise.applicant.EntryRequestStatus;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ui.EditorRole;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entry editors in the applicant's role ("My progress"): the same editors the advisor uses, where the applicant
 * changes and removes only what no advisor verified yet and asks for a correction of the rest, never sees the
 * advisor-only fields, and has every action on a card at phone width.
 */
@MatchwiseTest
class EntryEditorRolesTest extends SpringBrowserlessTest {

    static final String VERA = "vera.roles@applicants.example";
    static PortalFixture fixture;
    static PortalFixture.Applicant vera;

    @Autowired ApplicantService applicants;
    @Autowired CorrectionService corrections;

    @BeforeAll
    static void applicant(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock) {
        fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        vera = fixture.applicant(VERA, "Vera", "Roles");
    }

    private long version() {
        return fixture.as("advisor@demo.example", () -> applicants.get(vera.recordId())).version();
    }

    private static List<Button> buttons(com.vaadin.flow.component.Component root) {
        List<Button> out = new java.util.ArrayList<>();
        if (root instanceof Button b) {
            out.add(b);
        }
        root.getChildren().forEach(c -> out.addAll(buttons(c)));
        return out;
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(c -> c.getHeaderText() == null ? "" : c.getHeaderText()).toList();
    }

    @Test
    @WithUserDetails(VERA)
    void a_verified_entry_offers_only_a_correction_request_which_goes_to_the_advisor_and_changes_nothing() {
        MyProgressView view = navigate(MyProgressView.class);
        assertThat(view.exams.role).isEqualTo(EditorRole.APPLICANT);
        String ref = view.exams.ref(0);
        assertThat(view.exams.mayChange(ref)).as("entered by the office, so verified").isFalse();
        long before = version();

        view.exams.edit(0);
        assertThat(view.exams.formTitle.getText()).startsWith("Request a correction of USMLE Step 1");
        assertThat(view.exams.save.getText()).isEqualTo("Send the request");
        assertThat(view.exams.reason.isVisible()).isTrue();
        view.exams.save();
        assertThat(view.exams.reason.isInvalid()).as("a reason is required").isTrue();

        view.exams.reason.setValue("The score report says 214, not what is entered.");
        view.exams.score.setValue(214);
        view.exams.save();

        assertThat(view.exams.formError.getText()).isEmpty();
        assertThat(corrections.myRequests()).anySatisfy(r -> {
            assertThat(r.item()).isEqualTo(ref);
            assertThat(r.kind()).isEqualTo(EntryRequestKind.CHANGE);
            assertThat(r.status()).isEqualTo(EntryRequestStatus.OPEN);
        });
        assertThat(version()).as("the record stays as it is until the advisor decides").isEqualTo(before);
    }

    @Test
    @WithUserDetails(VERA)
    void what_the_applicant_added_herself_she_changes_and_removes_and_the_remove_dialog_focuses_cancel() {
        MyProgressView view = navigate(MyProgressView.class);
        view.tabs.setSelectedIndex(1); // Practice tests: the dialog acts only on the tab shown
        int rows = view.practice.grid.getGenericDataView().getItems().toList().size();
        view.practice.exam.setValue(Exam.USMLE_STEP2_CK);
        view.practice.form.setValue("NBME 13");
        view.practice.date.setValue(LocalDate.of(2026, 6, 1));
        view.practice.predicted.setValue(238);
        view.practice.save();

        var added = view.practice.grid.getGenericDataView().getItems().toList();
        assertThat(added).hasSize(rows + 1);
        assertThat(added.getLast().unverified()).isTrue();
        assertThat(view.practice.mayChange(added.getLast().ref())).isTrue();

        view.practice.askRemove(added.getLast().index());
        assertThat(view.practice.confirmRemove.isOpened()).isTrue();
        assertThat(view.practice.confirmCancel.getText()).isEqualTo("Cancel");
        assertThat(view.practice.confirmCancel.isAutofocus()).as("the safe choice has the focus").isTrue();
        roundTrip(); // an opened dialog is attached to the UI on the way to the browser
        test(view.practice.confirmRemove).confirm();

        assertThat(view.practice.grid.getGenericDataView().getItems().toList()).hasSize(rows);
    }

    @Test
    @WithUserDetails(VERA)
    void the_applicant_never_sees_a_letters_strength_nor_a_leaves_reason() {
        MyProgressView view = navigate(MyProgressView.class);

        assertThat(view.letters.strength).isNull();
        assertThat(headers(view.letters.grid)).doesNotContain("Strength");
        assertThat(view.timeline.reason).isNull();
    }

    @Test
    @WithUserDetails(VERA)
    void on_a_phone_each_entry_is_a_card_with_its_words_its_state_and_its_action() {
        MyProgressView view = navigate(MyProgressView.class);
        int rows = view.exams.grid.getGenericDataView().getItems().toList().size();

        assertThat(view.exams.cards.getChildren().count()).isEqualTo(rows);
        var card = view.exams.cards.getChildren().findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("USMLE Step 1").contains("Verified");
        assertThat(card.getElement().getTextRecursively()).contains("Request a correction");
        assertThat(buttons(card)).anySatisfy(b -> assertThat(b.getText()).isEqualTo("Request a correction"));
    }
}
