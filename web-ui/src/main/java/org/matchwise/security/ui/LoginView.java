package org.matchwise.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in. Spring Security handles the form post; a failure of any kind (unknown email, wrong password,
 * temporarily locked account, deactivated account) shows the same message, so the page never reveals
 * whether an email has an account.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends LoginOverlay implements BeforeEnterObserver, HasDynamicTitle {

    final LoginI18n i18n = LoginI18n.createDefault();

    LoginView() {
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
        getFooter().add(new Paragraph(getTranslation("login.footer")));
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
