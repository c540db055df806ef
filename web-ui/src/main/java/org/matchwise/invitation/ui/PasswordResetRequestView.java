package org.matchwise.invitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.matchwise.invitation.InvitationService;

/** "Forgot password?": asks for the email and always answers the same, whether or not it has an account. */
@Route(value = "account/reset", autoLayout = false)
@AnonymousAllowed
public class PasswordResetRequestView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button request;
    final Paragraph answer = new Paragraph();

    PasswordResetRequestView(InvitationService invitations) {
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        email.setLabel(getTranslation("invitation.reset.email"));
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        request = new Button(getTranslation("invitation.reset.send"), e -> {
            invitations.requestReset(email.getValue());
            answer.setText(getTranslation("invitation.reset.answer"));
            answer.setVisible(true);
            email.clear();
        });
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setVisible(false);
        answer.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("invitation.reset.title")), new Paragraph(getTranslation("invitation.reset.help")),
                email, request, answer, new Anchor("login", getTranslation("invitation.reset.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.reset.title");
    }
}
