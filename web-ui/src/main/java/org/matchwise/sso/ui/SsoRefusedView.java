package org.matchwise.sso.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.matchwise.sso.ExternalSignIn.Refusal;

/**
 * Where a single sign-on that was refused or failed lands: what happened, in words, and what to do. The reason
 * comes from the query ({@code ?reason=unknown-account}); an unknown reason reads as a general failure. No detail
 * of the provider's answer is shown (it is in the log).
 */
@Route(value = "login/refused", autoLayout = false)
@AnonymousAllowed
public class SsoRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph message = new Paragraph();
    final Paragraph help = new Paragraph();
    Refusal reason = Refusal.FAILED;

    SsoRefusedView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var card = new Div();
        card.addClassName("mw-sso-refused");
        card.getStyle().set("max-width", "32rem").set("padding", "var(--lumo-space-l)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-shadow", "var(--lumo-box-shadow-m)")
                .set("background", "var(--lumo-base-color)");
        var icon = VaadinIcon.EXCLAMATION_CIRCLE_O.create();
        icon.setColor("var(--lumo-error-color)");
        icon.getElement().setAttribute("aria-hidden", "true");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin-top", "var(--lumo-space-s)");
        message.setId("sso-refused-message");
        var back = new Anchor("login", getTranslation("sso.refused.back"));
        back.setId("sso-refused-back");
        back.setRouterIgnore(true);
        card.add(icon, title, message, help, back);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().get("reason");
        reason = given == null || given.isEmpty() ? Refusal.FAILED : Refusal.ofCode(given.get(0));
        title.setText(getTranslation("sso.refused.title"));
        message.setText(getTranslation("sso.refused." + reason.code()));
        help.setText(getTranslation("sso.refused.help"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.refused.title") + " · " + getTranslation("app.name");
    }
}
