package org.matchwise.invitation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.applicant.SaveResult;
import org.matchwise.security.ui.LoginView;
import org.matchwise.testing.ExampleCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class InvitationViewsTest extends SpringBrowserlessTest {

    @Autowired ApplicantService applicants;

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_invites_the_applicant_of_a_record_from_the_dialog() {
        String email = "dialog-" + UUID.randomUUID() + "@applicants.example";
        var profile = ExampleCases.medPedsStep1Retake().profile().toBuilder().matchYear(2027)
                .externalId("DLG-" + UUID.randomUUID()).email(email).build();
        long id = ((SaveResult.Saved) applicants.create(profile, "advisor@demo.example")).id();
        var summary = applicants.list(new ListFilter(profile.externalId(), null, null, null), 0, 10).items().getFirst();
        assertThat(summary.id()).isEqualTo(id);
        InviteApplicantView view = navigate(InviteApplicantView.class);

        view.invite.click();
        view.applicant.setValue(summary);
        assertThat(view.email.getValue()).as("the record's email is proposed").isEqualTo(email);
        view.send.click();

        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(view.grid.getGenericDataView().getItems().toList()).anySatisfy(i -> assertThat(i.email()).isEqualTo(email));
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_staff_email_is_refused_with_a_message_on_the_field() {
        var profile = ExampleCases.medPedsStep1Retake().profile().toBuilder().matchYear(2027)
                .externalId("DLG-" + UUID.randomUUID()).build();
        applicants.create(profile, "advisor@demo.example");
        var summary = applicants.list(new ListFilter(profile.externalId(), null, null, null), 0, 10).items().getFirst();
        InviteApplicantView view = navigate(InviteApplicantView.class);

        view.invite.click();
        view.applicant.setValue(summary);
        view.email.setValue("admin@demo.example");
        view.send.click();

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("another account");
    }

    @Test
    @WithAnonymousUser
    void an_unknown_or_used_link_gets_one_answer_and_the_way_to_a_new_link() {
        UI.getCurrent().navigate("account/password", QueryParameters.of("token", "not-a-real-token"));

        SetPasswordView view = $(SetPasswordView.class).single();
        assertThat(view.title.getText()).isEqualTo("This link no longer works");
        assertThat(view.password.isVisible()).isFalse();
        assertThat(view.newLink.isVisible()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void the_reset_request_answers_the_same_for_any_email() {
        UI.getCurrent().navigate("account/reset");
        PasswordResetRequestView view = $(PasswordResetRequestView.class).single();

        view.email.setValue("nobody@nowhere.example");
        view.request.click();
        String unknown = view.answer.getText();
        view.email.setValue("advisor@demo.example");
        view.request.click();

        assertThat(view.answer.getText()).isEqualTo(unknown).contains("If an account exists");
    }

    @Test
    @WithAnonymousUser
    void the_login_offers_forgot_password() {
        UI.getCurrent().navigate("login");

        LoginView login = $(LoginView.class).single();
        assertThat(login.isForgotPasswordButtonVisible()).isTrue();
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_cannot_open_the_invitation_screen() {
        UI.getCurrent().navigate("invitations");

        assertThat($(InviteApplicantView.class).exists()).isFalse();
    }
}
