package org.matchwise.sso.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.matchwise.sso.SsoSettingsService;
import org.matchwise.sso.SsoViews.Problem;
import org.matchwise.sso.SsoViews.SaveResult;
import org.matchwise.sso.SsoViews.SsoForm;
import org.matchwise.sso.SsoViews.SsoSettings;

/**
 * The admin's single sign-on settings for their school: the OpenID Connect provider (issuer, client id and secret,
 * the claim holding the email), allowed email domains, just-in-time advisors, and whether staff may still use
 * local passwords. Shows the addresses to register at the provider.
 */
@Route("admin/sso")
@RolesAllowed("ADMIN")
@Menu(title = "sso.menu", order = 95, icon = "vaadin:key")
public class SsoSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox enabled = new Checkbox();
    final TextField displayName = new TextField();
    final TextField issuerUri = new TextField();
    final TextField clientId = new TextField();
    final PasswordField clientSecret = new PasswordField();
    final TextField emailClaim = new TextField();
    final TextField allowedDomains = new TextField();
    final Checkbox jitAdvisors = new Checkbox();
    final Checkbox passwordsOff = new Checkbox();
    final Button save = new Button();
    final Paragraph addresses = new Paragraph();
    final Paragraph propertiesNote = new Paragraph();

    private final SsoSettingsService service;
    private boolean secretStored;

    SsoSettingsView(SsoSettingsService service) {
        this.service = service;
        addClassName("mw-settings");
        enabled.setLabel(getTranslation("sso.enabled"));
        displayName.setLabel(getTranslation("sso.displayName"));
        displayName.setHelperText(getTranslation("sso.displayName.help"));
        displayName.setMaxLength(100);
        issuerUri.setLabel(getTranslation("sso.issuer"));
        issuerUri.setHelperText(getTranslation("sso.issuer.help"));
        issuerUri.setPlaceholder("https://login.microsoftonline.com/<tenant>/v2.0");
        clientId.setLabel(getTranslation("sso.clientId"));
        clientSecret.setLabel(getTranslation("sso.clientSecret"));
        emailClaim.setLabel(getTranslation("sso.emailClaim"));
        emailClaim.setHelperText(getTranslation("sso.emailClaim.help"));
        allowedDomains.setLabel(getTranslation("sso.domains"));
        allowedDomains.setHelperText(getTranslation("sso.domains.help"));
        jitAdvisors.setLabel(getTranslation("sso.jit"));
        passwordsOff.setLabel(getTranslation("sso.passwordsOff"));
        save.setText(getTranslation("sso.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        propertiesNote.getStyle().set("color", "var(--lumo-secondary-text-color)");

        var form = new FormLayout(enabled, displayName, issuerUri, clientId, clientSecret, emailClaim, allowedDomains,
                jitAdvisors, passwordsOff);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(enabled, 2);
        form.setColspan(issuerUri, 2);
        form.setColspan(jitAdvisors, 2);
        form.setColspan(passwordsOff, 2);
        add(new H2(getTranslation("sso.title")), new Paragraph(getTranslation("sso.intro")), propertiesNote, form,
                new Paragraph(getTranslation("sso.passwordsOff.help")), save,
                new H3(getTranslation("sso.register.title")), addresses);
        show(service.mine());
    }

    private void show(SsoSettings s) {
        SsoForm f = s.form();
        enabled.setValue(f.enabled());
        displayName.setValue(f.displayName());
        issuerUri.setValue(f.issuerUri());
        clientId.setValue(f.clientId());
        clientSecret.clear();
        secretStored = f.secretStored();
        clientSecret.setHelperText(getTranslation(secretStored ? "sso.clientSecret.stored" : "sso.clientSecret.none"));
        emailClaim.setValue(f.emailClaim());
        allowedDomains.setValue(f.allowedDomains().replace(",", ", "));
        jitAdvisors.setValue(f.jitAdvisors());
        passwordsOff.setValue(f.passwordsOffForStaff());
        addresses.setText(getTranslation("sso.register.text", s.redirectUri(), s.logoutRedirectUri()));
        propertiesNote.setText(s.fromProperties() ? getTranslation("sso.fromProperties") : "");
        propertiesNote.setVisible(s.fromProperties());
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "issuerUri", issuerUri,
                "clientId", clientId, "clientSecret", clientSecret, "emailClaim", emailClaim,
                "allowedDomains", allowedDomains);
        fields.values().forEach(f -> f.setInvalid(false));
        passwordsOff.setHelperText(null);
        var form = new SsoForm(enabled.getValue(), displayName.getValue(), issuerUri.getValue(), clientId.getValue(),
                secretStored, emailClaim.getValue(), allowedDomains.getValue(), jitAdvisors.getValue(),
                passwordsOff.getValue());
        switch (service.save(form, clientSecret.getValue())) {
            case SaveResult.Saved saved -> {
                show(saved.settings());
                Notification.show(getTranslation("sso.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            case SaveResult.Invalid invalid -> {
                for (Problem p : invalid.problems()) {
                    String text = getTranslation(p.messageKey(), p.arg());
                    HasValidation field = fields.get(p.field());
                    if (field != null) {
                        field.setErrorMessage(text);
                        field.setInvalid(true);
                    } else {
                        passwordsOff.setHelperText(text);
                    }
                }
                Notification.show(getTranslation("sso.invalid"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.title");
    }
}
