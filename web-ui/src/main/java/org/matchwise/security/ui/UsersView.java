package org.matchwise.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchwise.security.AccountService;
import org.matchwise.security.AccountService.UserSummary;

/** The accounts of the admin's school: who they are, their role, and whether they can sign in. */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);

    UsersView(AccountService accounts) {
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setSortable(true);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setSortable(true);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"))
                .setSortable(true);
        grid.addColumn(u -> getTranslation(u.locked() ? "users.status.locked"
                : u.enabled() ? "users.status.active" : "users.status.inactive"))
                .setHeader(getTranslation("users.status"));
        grid.setItems(accounts.usersOfMySchool());
        grid.setAriaLabel(getTranslation("users.title"));
        add(new H2(getTranslation("users.title")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
