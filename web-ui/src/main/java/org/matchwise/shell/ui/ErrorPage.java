package org.matchwise.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * The frame of Matchwise's error pages: inside the app layout (so the navigation stays), a heading, one sentence
 * on what happened and what to do, and a link home. Subclasses say which error they answer.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    final H2 heading;
    final Paragraph explanation;
    final RouterLink home;
    private final String titleKey;

    ErrorPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("mw-error-page");
        heading = new H2(getTranslation(titleKey));
        explanation = new Paragraph();
        home = new RouterLink(HomeView.class);
        home.add(VaadinIcon.HOME.create(), new com.vaadin.flow.component.html.Span(getTranslation("error.home")));
        home.addClassName("mw-error-home");
        add(heading, explanation, home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
