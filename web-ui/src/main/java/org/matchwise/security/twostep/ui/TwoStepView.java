package org.matchwise.security.twostep.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.matchwise.security.twostep.TwoStepService;
import org.matchwise.security.twostep.TwoStepService.Enrolment;
import org.matchwise.security.twostep.TwoStepService.Verdict;
import org.matchwise.security.twostep.TwoStepSignIn;
import org.matchwise.security.twostep.TwoStepSignIn.Pending;

/**
 * The second step of a password sign-in: the code from the authenticator app (or a recovery code). An admin
 * without a second factor enrols here first: the key as a QR code, as text and as an {@code otpauth://} link, a code
 * to confirm,
 * then the recovery codes, shown once. Without a sign-in waiting (none, or older than five minutes) it goes back to
 * the login view.
 */
@Route(value = "login/two-step", autoLayout = false)
@AnonymousAllowed
public class TwoStepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String LOGIN = "login";

    final H1 title = new H1();
    final Paragraph intro = new Paragraph();
    final Paragraph secret = new Paragraph();
    final Anchor otpauth = new Anchor();
    final Div qr = new Div();
    final TextField code = new TextField();
    final Button verify = new Button();
    final Paragraph error = new Paragraph();
    final Div recoveryCodes = new Div();
    final Button proceed = new Button();

    private final TwoStepService service;
    private final TwoStepSignIn signIn;
    private Pending pending;
    private boolean enrolling;

    TwoStepView(TwoStepService service, TwoStepSignIn signIn) {
        this.service = service;
        this.signIn = signIn;
        setAlignItems(Alignment.CENTER);
        var card = new Div();
        card.getStyle().set("max-width", "30rem").set("padding", "var(--lumo-space-l)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-shadow", "var(--lumo-box-shadow-m)")
                .set("background", "var(--lumo-base-color)").set("margin-top", "var(--lumo-space-xl)");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        secret.setId("two-step-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)")
                .set("word-break", "break-all");
        otpauth.setId("two-step-otpauth");
        otpauth.setRouterIgnore(true);
        qr.setId("two-step-qr");
        code.setId("two-step-code");
        code.setLabel(getTranslation("twostep.code"));
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidthFull();
        verify.setId("two-step-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> submit());
        error.setId("two-step-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        recoveryCodes.setId("two-step-recovery-codes");
        recoveryCodes.getStyle().set("font-family", "monospace").set("display", "grid")
                .set("grid-template-columns", "repeat(2, 1fr)").set("gap", "var(--lumo-space-xs)");
        recoveryCodes.setVisible(false);
        proceed.setText(getTranslation("twostep.continue"));
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proceed.setVisible(false);
        proceed.addClickListener(e -> finish());
        var back = new Anchor("login", getTranslation("twostep.back"));
        back.setRouterIgnore(true);
        card.add(title, intro, qr, secret, otpauth, code, verify, error, recoveryCodes, proceed, new Paragraph(back));
        add(card);
    }

    private static HttpSession httpSession() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getSession();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Pending> waiting = signIn.pending(httpSession());
        if (waiting.isEmpty()) {
            event.forwardTo(LOGIN);
            return;
        }
        pending = waiting.get();
        enrolling = !service.enrolled(pending.user().id());
        if (enrolling) {
            Enrolment enrolment = service.startEnrolment(pending.user().id());
            title.setText(getTranslation("twostep.enrol.title"));
            intro.setText(getTranslation("twostep.enrol.intro"));
            secret.setText(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
            // Vaadin refuses an href of a scheme it does not know (the exception sent every admin's enrolment to
            // the error view); this one is built by TwoStepService from a random key and the URL-encoded email
            otpauth.setUnsafeHref(enrolment.otpauthUri());
            otpauth.setText(getTranslation("twostep.enrol.link"));
            qr.add(QrCode.of(enrolment.otpauthUri(), getTranslation("twostep.enrol.qr"), 200));
            verify.setText(getTranslation("twostep.enrol.confirm"));
        } else {
            title.setText(getTranslation("twostep.title"));
            intro.setText(getTranslation("twostep.intro"));
            secret.setVisible(false);
            otpauth.setVisible(false);
            qr.setVisible(false);
            code.setHelperText(getTranslation("twostep.code.help"));
            verify.setText(getTranslation("twostep.verify"));
        }
    }

    void submit() {
        // the sign-in may have run out (five minutes) or been dropped (locked) since the page opened
        if (signIn.pending(httpSession()).filter(pending::equals).isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(LOGIN));
            return;
        }
        if (enrolling) {
            Optional<List<String>> codes = service.confirmEnrolment(pending.user().id(), code.getValue());
            if (codes.isEmpty()) {
                if (service.lockedOut(pending.user().id())) {
                    lockedOut();
                } else {
                    showError("twostep.wrong");
                }
                return;
            }
            error.setVisible(false);
            code.setVisible(false);
            verify.setVisible(false);
            secret.setVisible(false);
            otpauth.setVisible(false);
            qr.setVisible(false);
            intro.setText(getTranslation("twostep.recovery.intro"));
            codes.get().forEach(c -> recoveryCodes.add(new Div(c)));
            recoveryCodes.setVisible(true);
            proceed.setVisible(true);
            return;
        }
        Verdict verdict = service.verify(pending.user().id(), code.getValue());
        switch (verdict) {
            case ACCEPTED, ACCEPTED_RECOVERY -> finish();
            case WRONG -> showError("twostep.wrong");
            case LOCKED -> lockedOut();
        }
    }

    private void lockedOut() {
        signIn.abandon(httpSession());
        code.setEnabled(false);
        verify.setEnabled(false);
        showError("twostep.locked");
    }

    private void showError(String key) {
        code.clear();
        error.setText(getTranslation(key));
        error.setVisible(true);
    }

    private void finish() {
        signIn.complete(pending, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twostep.title") + " · " + getTranslation("app.name");
    }
}
