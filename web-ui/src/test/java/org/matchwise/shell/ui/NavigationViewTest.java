package org.matchwise.shell.ui;


import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.admin.ui.UsersView;
import org.matchwise.security.ui.LoginView;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class NavigationViewTest extends SpringBrowserlessTest {

    private java.util.List<String> navigationLabels() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_sees_home_and_the_admin_screens_in_the_navigation() {
        UI.getCurrent().navigate("");

        assertThat(navigationLabels()).contains("Home", "Users", "Cohorts", "Roster import", "Rule sets",
                "Dashboard", "Applicants");
        assertThat($(org.matchwise.worklist.ui.WorklistView.class).exists()).as("admins land on their worklist").isTrue();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_does_not_see_the_user_list_in_the_navigation() {
        UI.getCurrent().navigate("");

        assertThat(navigationLabels()).doesNotContain("Users", "Cohorts", "Roster import", "Rule sets").contains("Home");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_who_types_the_user_list_address_does_not_get_it() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/users");

        assertThat($(UsersView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void the_layout_says_who_is_signed_in_and_offers_logout() {
        UI.getCurrent().navigate(""); // applicants land on their own home (my/home)

        MainLayout layout = $(MainLayout.class).single();
        assertThat(layout.who.getText()).contains("Dana Reyes").contains("Applicant").contains("Demo School of Medicine");
        assertThat(layout.logout.getText()).isEqualTo("Sign out");
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login_view() {
        UI.getCurrent().navigate("");

        assertThat($(LoginView.class).exists()).isTrue();
        assertThat($(HomeView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_skip_link_comes_first_and_points_at_the_screens_content() {
        UI.getCurrent().navigate("");

        MainLayout layout = $(MainLayout.class).single();
        assertThat(layout.skipLink.getText()).isEqualTo("Skip to content");
        assertThat(layout.skipLink.getHref()).isEqualTo("#mw-main");
        assertThat(layout.getElement().getChildren().filter(e -> "navbar".equals(e.getAttribute("slot"))).findFirst())
                .as("first in the navbar, which comes before the drawer").hasValue(layout.skipLink.getElement());
        assertThat(layout.getContent().getElement().getAttribute("id")).isEqualTo("mw-main");
        assertThat(layout.getContent().getElement().getAttribute("tabindex")).isEqualTo("-1");
    }
}
