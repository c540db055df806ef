package org.matchwise.invitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import org.matchwise.invitation.InvitationService;
import org.matchwise.invitation.InvitationViews.LinkState;
import org.matchwise.invitation.InvitationViews.PasswordResult;
import org.matchwise.security.PasswordPolicy;

/**
 * The page a one-time link opens (before sign-in): choose a password. An unknown, used, replaced or expired
 * link gets one and the same answer, with the way to ask for a new one.
 */
@Route(value = "account/password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph message = new Paragraph();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button save;
    final Anchor signIn;
    final Anchor newLink;

    private final InvitationService invitations;
    private String token;

    SetPasswordView(InvitationService invitations) {
        this.invitations = invitations;
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        password.setLabel(getTranslation("invitation.password.new"));
        password.setHelperText(getTranslation("invitation.password.rules", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        password.setRequired(true);
        confirmation.setLabel(getTranslation("invitation.password.confirm"));
        confirmation.setWidthFull();
        confirmation.setRequired(true);
        save = new Button(getTranslation("invitation.password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn = new Anchor("login", getTranslation("invitation.password.signIn"));
        newLink = new Anchor("account/reset", getTranslation("invitation.password.newLink"));
        add(title, message, password, confirmation, save, signIn, newLink);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        switch (invitations.check(token)) {
            case LinkState.Usable usable -> {
                title.setText(getTranslation(usable.invitation() ? "invitation.password.welcome" : "invitation.password.reset"));
                message.setText(getTranslation("invitation.password.for", usable.email()));
                showForm(true);
                signIn.setVisible(false);
                newLink.setVisible(false);
            }
            case LinkState.Unusable unusable -> showUnusable();
        }
    }

    void save() {
        PasswordResult result = invitations.setPassword(token, password.getValue(), confirmation.getValue());
        password.setInvalid(false);
        confirmation.setInvalid(false);
        switch (result) {
            case PasswordResult.Done done -> {
                title.setText(getTranslation("invitation.password.done.title"));
                message.setText(getTranslation("invitation.password.done", done.email()));
                showForm(false);
                signIn.setVisible(true);
            }
            case PasswordResult.Mismatch mismatch -> {
                confirmation.setErrorMessage(getTranslation("invitation.password.mismatch"));
                confirmation.setInvalid(true);
            }
            case PasswordResult.Weak weak -> {
                password.setErrorMessage(weak.problems().stream()
                        .map(p -> getTranslation("invitation." + p.messageKey(), PasswordPolicy.MIN_LENGTH))
                        .collect(Collectors.joining(" ")));
                password.setInvalid(true);
            }
            case PasswordResult.LinkUnusable unusable -> showUnusable();
        }
    }

    private void showUnusable() {
        title.setText(getTranslation("invitation.password.unusable.title"));
        message.setText(getTranslation("invitation.password.unusable"));
        showForm(false);
        signIn.setVisible(true);
        newLink.setVisible(true);
    }

    private void showForm(boolean visible) {
        password.setVisible(visible);
        confirmation.setVisible(visible);
        save.setVisible(visible);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.password.pageTitle");
    }
}
