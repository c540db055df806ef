package org.matchwise.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.Headline;
import org.matchwise.dashboard.DashboardViews.Marker;
import org.matchwise.readiness.Verdict;

/**
 * The headline figures of a caseload (applicants, with an open HIGH flag, not ready, re-applicants), as the
 * dashboard and the worklist both show them: each figure is a link to the applicant list filtered to the applicants
 * it counts, in the same match year, advisor and specialty.
 */
public class HeadlineCards extends Div {

    public HeadlineCards() {
        addClassName("mw-cards");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("dashboard.headline"));
    }

    /** Shows {@code headline}, the figures of {@code query}'s caseload. */
    public void show(Headline headline, DashboardQuery query) {
        ListState list = ListState.of(query);
        removeAll();
        add(card(headline.applicants(), "dashboard.headline.applicants", list),
                card(headline.withOpenHighFlag(), "dashboard.headline.openHigh", list.withMarker(Marker.OPEN_HIGH)),
                card(headline.notReady(), "dashboard.headline.notReady", list.withVerdict(Verdict.NOT_READY)),
                card(headline.reapplicants(), "dashboard.headline.reapplicants", list.withMarker(Marker.REAPPLICANT)));
    }

    private Component card(long value, String labelKey, ListState link) {
        var number = new Span(String.valueOf(value));
        number.addClassName("mw-card-value");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("mw-card-label");
        var card = new RouterLink();
        card.setRoute(ApplicantListView.class);
        card.setQueryParameters(link.toParameters());
        card.add(number, label);
        card.addClassName("mw-card");
        card.getElement().setAttribute("title", getTranslation("dashboard.headline.openList", getTranslation(labelKey)));
        return card;
    }
}
