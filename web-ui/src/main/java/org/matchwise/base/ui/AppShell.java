package org.matchwise.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: the Lumo theme, the app's own stylesheets and the page language. The stylesheets live in
 * src/main/resources/META-INF/resources: styles.css (the shell) at the root, where Vaadin serves it to anyone, and
 * the features' sheets under css/, which the UI security chain opens to anyone (SecurityConfig). They are linked
 * here rather than on the routes, so they load with the page, before any view is shown. The icon in the browser tab
 * (and on a phone's home screen) is icons/icon.png, one of the paths Vaadin serves to anyone, so the sign-in page
 * shows it too; its source is docs/icon.svg.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("css/dashboard.css")
@StyleSheet("css/casefile.css")
@StyleSheet("css/worklist.css")
public class AppShell implements AppShellConfigurator {

    static final String ICON = "icons/icon.png";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Matchwise");
        settings.addMetaTag("description", "Case management for residency advising offices");
        settings.addFavIcon("icon", ICON, "192x192");
        settings.addLink("apple-touch-icon", ICON);
    }
}
