package org.matchwise.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.admin.AdminFixtures;
import org.matchwise.admin.AdminViews.AdminUser;
import org.matchwise.admin.AdminViews.CaseloadChoice;
import org.matchwise.applicant.ApplicantService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicantService applicants;

    private List<String> actionsOf(UsersView view, String email) {
        List<AdminUser> rows = view.rows();
        int index = rows.indexOf(view.row(email));
        var cell = (HorizontalLayout) test(view.grid).getCellComponent(index, "actions");
        return cell.getChildren().map(c -> ((Button) c).getText()).toList();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_sees_the_school_accounts_and_cannot_deactivate_their_own() {
        UsersView view = navigate(UsersView.class);

        assertThat(view.rows()).extracting(AdminUser::email)
                .contains("admin@demo.example", "advisor@demo.example", "applicant@demo.example");
        assertThat(actionsOf(view, "admin@demo.example")).doesNotContain("Deactivate", "Reset password")
                .contains("Caseload");
        assertThat(actionsOf(view, "advisor@demo.example")).contains("Deactivate", "Reset password", "Caseload");
        assertThat(actionsOf(view, "applicant@demo.example")).doesNotContain("Caseload");
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_invites_an_advisor_resends_the_link_and_deactivates_and_reactivates_them() {
        UsersView view = navigate(UsersView.class);
        String email = AdminFixtures.unique("invited") + "@demo.example";

        test(view.invite).click();
        roundTrip();
        view.inviteEmail.setValue(email);
        view.inviteName.setValue("Ivy Invited");
        test(view.inviteSubmit).click();

        assertThat(view.row(email).awaitingSetup()).isTrue();
        assertThat(test(view.grid).getCellText(view.rows().indexOf(view.row(email)), 3))
                .isEqualTo("Invited: has not chosen a password yet");
        assertThat(view.lastMessage).startsWith("Invitation sent to " + email + ". The link works once, until ");
        assertThat(actionsOf(view, email)).contains("Send invitation again", "Deactivate").doesNotContain("Reset password");

        view.reset(view.row(email));
        assertThat(view.lastMessage).startsWith("The invitation went to " + email + " again.");

        view.confirmDeactivate(view.row(email));
        roundTrip();
        test(view.confirm).confirm();
        assertThat(view.row(email).enabled()).isFalse();
        assertThat(view.lastMessage).isEqualTo("Ivy Invited is deactivated.");
        assertThat(actionsOf(view, email)).contains("Activate").doesNotContain("Send invitation again");

        view.reactivate(view.row(email));
        assertThat(view.row(email).enabled()).isTrue();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void a_password_reset_asks_for_confirmation_and_mails_a_link() {
        UsersView view = navigate(UsersView.class);

        view.confirmReset(view.row("advisor@demo.example"));
        roundTrip();
        assertThat(test(view.confirm).getHeader()).isEqualTo("Reset the password of Alex Advisor?");
        test(view.confirm).cancel();
        assertThat(view.lastMessage).isNull();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_invitation_with_an_invalid_email_shows_the_problem_at_the_field() {
        UsersView view = navigate(UsersView.class);

        test(view.invite).click();
        roundTrip();
        view.inviteEmail.setValue("advisor@demo.example");
        view.inviteName.setValue("Second Alex");
        test(view.inviteSubmit).click();

        assertThat(view.inviteEmail.isInvalid()).isTrue();
        assertThat(view.inviteEmail.getErrorMessage()).isEqualTo("An account with this email already exists.");
        assertThat(view.dialog.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_chooses_the_caseload_of_an_advisor() {
        String a = AdminFixtures.unique("VIEW-CL");
        String b = AdminFixtures.unique("VIEW-CL");
        long idA = AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(a));
        AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(b));
        UsersView view = navigate(UsersView.class);
        String email = AdminFixtures.unique("caseload.view") + "@demo.example";
        test(view.invite).click();
        roundTrip();
        view.inviteEmail.setValue(email);
        view.inviteName.setValue("Cleo Caseload");
        test(view.inviteSubmit).click();

        view.openCaseload(view.row(email));
        roundTrip();
        CaseloadChoice choiceA = view.caseload.getListDataView().getItems()
                .filter(c -> c.externalId().equals(a)).findFirst().orElseThrow();
        view.caseload.setValue(Set.of(choiceA));
        test(view.caseloadSave).click();

        assertThat(view.row(email).caseload()).isEqualTo(1);
        view.openCaseload(view.row(email));
        roundTrip();
        assertThat(view.caseload.getValue()).extracting(CaseloadChoice::id).containsExactly(idA);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_who_types_the_address_does_not_get_the_user_admin() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/users");

        assertThat($(UsersView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_who_types_the_address_does_not_get_the_user_admin() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/users");

        assertThat($(UsersView.class).exists()).isFalse();
    }
}
