package org.matchwise.security.twostep.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.matchwise.security.twostep.TwoStepService;
import org.matchwise.security.twostep.TwoStepService.Enrolment;
import org.matchwise.security.twostep.TwoStepService.MyTwoStep;

/**
 * Every user's "Two-step sign-in": set up a code from an authenticator app (key as a QR code, as text and as an
 * {@code otpauth://} link, confirmed with a code), new recovery codes, or turn it off where it is optional (not for admins).
 */
@Route("settings/two-step")
@PermitAll
@Menu(title = "twostep.menu", order = 91, icon = "vaadin:lock")
public class TwoStepSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph status = new Paragraph();
    final Button setUp = new Button();
    final Button newCodes = new Button();
    final Button turnOff = new Button();
    final Paragraph secret = new Paragraph();
    final Anchor otpauth = new Anchor();
    final Div qr = new Div();
    final TextField code = new TextField();
    final Button confirm = new Button();
    final Paragraph message = new Paragraph();
    final Div recoveryCodes = new Div();

    private final TwoStepService service;

    TwoStepSettingsView(TwoStepService service) {
        this.service = service;
        addClassName("mw-settings");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(e -> start());
        newCodes.setText(getTranslation("twostep.settings.newCodes"));
        newCodes.addClickListener(e -> showCodes(service.newRecoveryCodesForMe()));
        turnOff.setText(getTranslation("twostep.settings.off"));
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        turnOff.addClickListener(e -> {
            service.turnMineOff();
            message.setText(getTranslation("twostep.settings.turnedOff"));
            refresh();
        });
        secret.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        otpauth.setRouterIgnore(true);
        code.setLabel(getTranslation("twostep.code"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        confirm.setText(getTranslation("twostep.enrol.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        recoveryCodes.getStyle().set("font-family", "monospace").set("display", "grid")
                .set("grid-template-columns", "repeat(2, max-content)").set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");
        var buttons = new Div(setUp, newCodes, turnOff);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("twostep.settings.title")), new Paragraph(getTranslation("twostep.settings.intro")),
                status, buttons, qr, secret, otpauth, code, confirm, message, recoveryCodes);
        refresh();
    }

    private void refresh() {
        MyTwoStep mine = service.mine();
        status.setText(mine.enrolled()
                ? getTranslation("twostep.settings.on", mine.recoveryCodesLeft())
                : getTranslation(mine.optional() ? "twostep.settings.none" : "twostep.settings.required"));
        setUp.setText(getTranslation(mine.enrolled() ? "twostep.settings.replace" : "twostep.settings.setUp"));
        newCodes.setVisible(mine.enrolled());
        turnOff.setVisible(mine.enrolled() && mine.optional());
        secret.setVisible(false);
        otpauth.setVisible(false);
        qr.setVisible(false);
        code.setVisible(false);
        confirm.setVisible(false);
    }

    private void start() {
        Enrolment enrolment = service.startMyEnrolment();
        recoveryCodes.removeAll();
        message.setText(getTranslation("twostep.enrol.intro"));
        secret.setText(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        // built by TwoStepService from a random key and the URL-encoded email; Vaadin refuses unknown schemes in setHref
        otpauth.setUnsafeHref(enrolment.otpauthUri());
        otpauth.setText(getTranslation("twostep.enrol.link"));
        qr.removeAll();
        qr.add(QrCode.of(enrolment.otpauthUri(), getTranslation("twostep.enrol.qr"), 200));
        secret.setVisible(true);
        otpauth.setVisible(true);
        qr.setVisible(true);
        code.clear();
        code.setInvalid(false);
        code.setVisible(true);
        confirm.setVisible(true);
    }

    void confirm() {
        Optional<List<String>> codes = service.confirmMyEnrolment(code.getValue());
        if (codes.isEmpty()) {
            code.setErrorMessage(getTranslation("twostep.wrong"));
            code.setInvalid(true);
            return;
        }
        refresh();
        showCodes(codes.get());
    }

    private void showCodes(List<String> codes) {
        recoveryCodes.removeAll();
        codes.forEach(c -> recoveryCodes.add(new Div(c)));
        message.setText(getTranslation("twostep.recovery.intro"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twostep.settings.title");
    }
}
