package org.matchwise.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.matchwise.account.Role;
import org.matchwise.security.AccountService;

/**
 * The landing page after sign-in: who you are, your school and what your role lets you do here. Advisors and
 * admins are forwarded to their worklist, applicants to their home.
 */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Where advisors and admins land (their worklist's route). */
    static final String STAFF_LANDING = "worklist";
    /** Where applicants land (their home: verdict, next steps, shared notes, the season's dates). */
    static final String APPLICANT_LANDING = "my/home";

    final H2 greeting;
    final Paragraph roleHelp;
    private final Role role;

    HomeView(AccountService accounts) {
        var me = accounts.me();
        role = me.role();
        greeting = new H2(getTranslation("home.greeting", me.displayName()));
        var school = new Paragraph(getTranslation("home.school", me.school()));
        roleHelp = new Paragraph(getTranslation("home.role." + me.role().name()));
        add(greeting, school, roleHelp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (role == Role.ADVISOR || role == Role.ADMIN) {
            event.forwardTo(STAFF_LANDING);
        } else if (role == Role.APPLICANT) {
            event.forwardTo(APPLICANT_LANDING);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
