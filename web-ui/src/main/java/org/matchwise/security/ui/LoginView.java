package org.matchwise.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.matchwise.sso.SsoSettingsService;
import org.matchwise.sso.SsoViews.SignInButton;

/**
 * Sign-in. Spring Security handles the form post; a failure of any kind (unknown email, wrong password,
 * temporarily locked account, deactivated account) shows the same message, so the page never reveals
 * whether an email has an account. Schools with single sign-on add a "Sign in with ..." button each
 * (org.matchwise.sso), which leaves for the school's provider.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends LoginOverlay implements BeforeEnterObserver, HasDynamicTitle {

    final LoginI18n i18n = LoginI18n.createDefault();
    /** The single sign-on buttons, one per school that has it on (for tests). */
    final List<Button> ssoButtons;

    LoginView(SsoSettingsService sso) {
        i18n.setHeader(new LoginI18n.Header());
        i18n.getHeader().setTitle(getTranslation("app.name"));
        i18n.getHeader().setDescription(getTranslation("login.description"));
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.setAdditionalInformation(getTranslation("login.privacy"));
        i18n.getForm().setForgotPassword(getTranslation("invitation.login.forgot"));
        setI18n(i18n);
        // "Forgot password?" opens the reset request (org.matchwise.invitation.ui.PasswordResetRequestView)
        setForgotPasswordButtonVisible(true);
        addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("account/reset")));
        setAction("login");
        setOpened(true);
        // ---- single sign-on buttons (org.matchwise.sso) ----
        List<SignInButton> buttons = sso.signInButtons();
        ssoButtons = buttons.stream().map(this::ssoButton).toList();
        if (!ssoButtons.isEmpty()) {
            var box = new Div();
            box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                    .set("margin-bottom", "var(--lumo-space-m)");
            box.add(new Paragraph(getTranslation("sso.login.or")));
            ssoButtons.forEach(box::add);
            box.add(new Paragraph(getTranslation("sso.login.staffNote")));
            getFooter().add(box);
        }
        // ---- end single sign-on buttons ----
        getFooter().add(new Paragraph(getTranslation("login.footer")));
    }

    private Button ssoButton(SignInButton b) {
        var button = new Button(getTranslation("sso.login.button", b.label()));
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        button.getElement().setAttribute("title", b.school());
        button.setWidthFull();
        // a full page load: the provider's sign-in page is not a route of this app
        button.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage()
                .setLocation("oauth2/authorization/" + b.registrationId())));
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
