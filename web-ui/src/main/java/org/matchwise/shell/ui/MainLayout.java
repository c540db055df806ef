package org.matchwise.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.matchwise.security.AccountService;

/**
 * The frame around every signed-in screen: app name, the navigation (only the views the user's role may
 * open: Vaadin's menu configuration checks each view's access annotations), who is signed in, and logout.
 * Menu titles in {@code @Menu} are message keys, translated here. A "Skip to content" link comes first for keyboard
 * users.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    final SideNav nav;
    final Button logout;
    final Span who;
    final Anchor skipLink;
    /** The id of the shown screen's content, the skip link's target. */
    static final String CONTENT_ID = "mw-main";

    MainLayout(AuthenticationContext authentication, AccountService accounts) {
        setPrimarySection(Section.DRAWER);

        var title = new H1(getTranslation("app.name"));
        title.addClassName("mw-app-title");
        var brand = new HorizontalLayout(VaadinIcon.DOCTOR.create(), title);
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        brand.addClassName("mw-brand");

        nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));

        var me = accounts.me();
        who = new Span(getTranslation("layout.signedInAs", me.displayName(),
                getTranslation("role." + me.role().name()), me.school()));
        who.addClassName("mw-who");
        logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var footer = new Div(who, logout);
        footer.addClassName("mw-drawer-footer");
        addToDrawer(brand, new Scroller(nav), footer);
        // the first thing a keyboard user reaches: past the navigation, straight to the screen's content (shown
        // only while it has focus); router-ignore keeps Vaadin's router from treating it as a navigation
        skipLink = new Anchor("#" + CONTENT_ID, getTranslation("layout.skipToContent"));
        skipLink.addClassName("mw-skip-link");
        skipLink.getElement().setAttribute("router-ignore", true);
        addToNavbar(skipLink, new DrawerToggle(), viewTitle());
    }

    /** Gives every screen's content the id the skip link points at, focusable so the jump moves the focus too. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", CONTENT_ID);
            content.getElement().setAttribute("tabindex", "-1");
        }
    }

    private Component viewTitle() {
        var span = new Span();
        span.addClassName("mw-view-title");
        return span;
    }

    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }
}
