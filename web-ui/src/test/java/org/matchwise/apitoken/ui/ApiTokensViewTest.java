package org.matchwise.apitoken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchwise.MatchwiseTest;
import org.matchwise.apitoken.ApiTokenViews.Status;
import org.matchwise.apitoken.ApiTokenViews.TokenSummary;
import org.matchwise.dashboard.SameSecurityStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/** The "API tokens" screen, driven without a browser: create (secret shown once), list, revoke; admin and applicant. */
@MatchwiseTest
@ExtendWith(SameSecurityStrategy.class)
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_creates_a_token_sees_its_secret_once_and_revokes_it() {
        ApiTokensView view = navigate(ApiTokensView.class);
        assertThat($(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel)).contains("API tokens");
        int before = view.mine.getGenericDataView().getItems().toList().size();

        view.name.setValue("view test");
        view.days.setValue(30);
        test(view.create).click();

        String secret = view.shownSecret.getValue();
        assertThat(secret).startsWith("mw_").hasSize(46);
        var listed = view.mine.getGenericDataView().getItems().toList();
        assertThat(listed).hasSize(before + 1);
        TokenSummary made = listed.getFirst();
        assertThat(made.name()).isEqualTo("view test");
        assertThat(made.status()).isEqualTo(Status.ACTIVE);
        assertThat(made.hint()).doesNotContain(secret.substring(7));
        assertThat(view.school.isVisible() && view.school.getGenericDataView().getItems().findAny().isPresent())
                .as("an advisor has no school-wide list").isFalse();

        view.revoke(made, false);
        assertThat(view.mine.getGenericDataView().getItems().toList().getFirst().status()).isEqualTo(Status.REVOKED);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_lifetime_beyond_the_schools_maximum_is_shown_at_the_field() {
        ApiTokensView view = navigate(ApiTokensView.class);
        view.name.setValue("too long");
        view.days.setValue(5000);
        test(view.create).click();
        assertThat(view.days.isInvalid()).isTrue();
        assertThat(view.days.getErrorMessage()).contains("365");
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_sees_the_schools_tokens_and_the_settings() {
        ApiTokensView view = navigate(ApiTokensView.class);
        view.name.setValue("admin's");
        view.days.setValue(10);
        test(view.create).click();
        assertThat(view.school.getGenericDataView().getItems().map(TokenSummary::ownerEmail))
                .contains("admin@demo.example");
        assertThat(view.maxDays.getValue()).isEqualTo(365);
        assertThat(view.applicants.getValue()).isFalse();
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_reads_that_the_school_does_not_allow_tokens() {
        ApiTokensView view = navigate(ApiTokensView.class);
        assertThat(view.create.isAttached()).isFalse();
        assertThat(view.getElement().getText() + view.getChildren().map(c -> c.getElement().getText())
                .reduce("", String::concat)).contains("does not let applicants");
    }
}
