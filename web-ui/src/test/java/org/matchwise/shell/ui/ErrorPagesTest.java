package org.matchwise.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.casefile.ui.CaseView;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Styled error pages inside the app layout, with the navigation and a link home: "page not found" for an address no
 * screen answers, "not available with your account" for every screen a role may not open.
 */
@MatchwiseTest
class ErrorPagesTest extends SpringBrowserlessTest {

    /** Every route's address with its parameters filled in, for the routes {@code role} may not open. */
    private static List<String> routesDeniedTo(String role) {
        List<String> denied = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            RolesAllowed allowed = route.getNavigationTarget().getAnnotation(RolesAllowed.class);
            if (allowed != null && !Arrays.asList(allowed.value()).contains(role)) {
                denied.add(route.getTemplate().replaceAll(":[^/]+", "1"));
            }
        }
        return denied;
    }

    private void assertStyledPage(Class<? extends ErrorPage> page, String heading) {
        ErrorPage shown = $(page).single();
        assertThat(shown.heading.getText()).isEqualTo(heading);
        assertThat(shown.explanation.getText()).isNotBlank();
        assertThat(shown.home.getHref()).as("a link home").isEmpty();
        assertThat(shown.home.getElement().getTextRecursively()).isEqualTo("Go to your home page");
        assertThat($(MainLayout.class).exists()).as("inside the app layout, with the navigation").isTrue();
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_following_an_advisors_link_to_a_case_is_told_it_is_not_for_her_account() {
        UI.getCurrent().navigate("applicants/51");

        assertThat($(CaseView.class).exists()).isFalse();
        assertStyledPage(NotAllowedView.class, "Not available with your account");
        assertThat($(NotAllowedView.class).single().explanation.getText()).doesNotContain("51");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_unknown_address_shows_page_not_found_with_the_address_and_a_link_home() {
        UI.getCurrent().navigate("no/such/page");

        assertStyledPage(NotFoundView.class, "Page not found");
        assertThat($(NotFoundView.class).single().explanation.getText()).contains("no/such/page");
        assertThat($(NotFoundView.class).single().getPageTitle()).isEqualTo("Page not found · Matchwise");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_gets_the_not_allowed_page_for_every_admin_and_applicant_screen() {
        List<String> denied = routesDeniedTo("ADVISOR");
        assertThat(denied).contains("admin/users");
        for (String route : denied) {
            UI.getCurrent().navigate(route);
            assertThat($(NotAllowedView.class).exists()).as(route).isTrue();
        }
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_gets_the_not_allowed_page_for_every_staff_screen() {
        List<String> denied = routesDeniedTo("APPLICANT");
        assertThat(denied).contains("applicants/1", "worklist");
        for (String route : denied) {
            UI.getCurrent().navigate(route);
            assertThat($(NotAllowedView.class).exists()).as(route).isTrue();
        }
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_gets_the_not_allowed_page_for_every_applicant_screen() {
        List<String> denied = routesDeniedTo("ADMIN");
        assertThat(denied).contains("my/home");
        for (String route : denied) {
            UI.getCurrent().navigate(route);
            assertThat($(NotAllowedView.class).exists()).as(route).isTrue();
        }
    }
}
