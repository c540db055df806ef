package org.matchwise.apitoken.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.matchwise.account.Role;
import org.matchwise.apitoken.ApiTokenService;
import org.matchwise.apitoken.ApiTokenViews.CreatedToken;
import org.matchwise.apitoken.ApiTokenViews.Result;
import org.matchwise.apitoken.ApiTokenViews.Status;
import org.matchwise.apitoken.ApiTokenViews.TokenSettings;
import org.matchwise.apitoken.ApiTokenViews.TokenSummary;
import org.matchwise.security.AccountService;

/**
 * "API tokens", for every role: create a personal token (its secret shown once, with a copy button), list and revoke
 * one's own. Admins also see and revoke every token of their school and set the school's token settings (maximum
 * lifetime, whether applicants may have tokens). An applicant whose school does not allow tokens reads why.
 */
@Route("settings/api-tokens")
@PermitAll
@Menu(title = "apitoken.menu", order = 91, icon = "vaadin:key")
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final ApiTokenService tokens;
    private final boolean admin;
    private final boolean mayCreate;

    final TextField name = new TextField();
    final IntegerField days = new IntegerField();
    final Button create = new Button();
    final Grid<TokenSummary> mine = new Grid<>();
    final Grid<TokenSummary> school = new Grid<>();
    final IntegerField maxDays = new IntegerField();
    final Checkbox applicants = new Checkbox();
    final Button saveSettings = new Button();
    /** The secret of the token just created, in the dialog that shows it once (for tests). */
    TextField shownSecret;
    Dialog shown;

    ApiTokensView(ApiTokenService tokens, AccountService accounts) {
        this.tokens = tokens;
        addClassName("mw-settings");
        Role role = accounts.me().role();
        this.admin = role == Role.ADMIN;
        TokenSettings settings = tokens.settings();
        this.mayCreate = role != Role.APPLICANT || settings.applicantsMayHaveTokens();

        add(new H2(getTranslation("apitoken.title")), new Paragraph(getTranslation("apitoken.intro")));

        name.setLabel(getTranslation("apitoken.name"));
        name.setHelperText(getTranslation("apitoken.name.helper"));
        name.setMaxLength(100);
        name.setRequired(true);
        days.setLabel(getTranslation("apitoken.days"));
        days.setHelperText(getTranslation("apitoken.days.helper", settings.maxLifetimeDays()));
        days.setMin(1);
        days.setMax(settings.maxLifetimeDays());
        days.setValue(Math.min(90, settings.maxLifetimeDays()));
        days.setStepButtonsVisible(true);
        create.setText(getTranslation("apitoken.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        var form = new HorizontalLayout(name, days, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        if (mayCreate) {
            add(form);
        } else {
            add(new Paragraph(getTranslation("apitoken.notAllowed")));
        }

        add(new H3(getTranslation("apitoken.mine")));
        columns(mine, false);
        mine.setAllRowsVisible(true);
        mine.setEmptyStateText(getTranslation("apitoken.none"));
        add(mine);

        if (admin) {
            add(new H3(getTranslation("apitoken.school")));
            columns(school, true);
            school.setAllRowsVisible(true);
            school.setEmptyStateText(getTranslation("apitoken.none"));
            add(school);

            add(new H3(getTranslation("apitoken.settings")));
            maxDays.setLabel(getTranslation("apitoken.settings.maxDays"));
            maxDays.setMin(1);
            maxDays.setMax(3650);
            maxDays.setStepButtonsVisible(true);
            maxDays.setValue(settings.maxLifetimeDays());
            applicants.setLabel(getTranslation("apitoken.settings.applicants"));
            applicants.setValue(settings.applicantsMayHaveTokens());
            saveSettings.setText(getTranslation("apitoken.settings.save"));
            saveSettings.addClickListener(e -> saveSettings());
            var settingsForm = new HorizontalLayout(maxDays, applicants, saveSettings);
            settingsForm.setAlignItems(FlexComponent.Alignment.BASELINE);
            settingsForm.setWrap(true);
            add(settingsForm);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apitoken.title");
    }

    private void columns(Grid<TokenSummary> grid, boolean withOwner) {
        grid.addColumn(TokenSummary::name).setHeader(getTranslation("apitoken.col.name")).setAutoWidth(true);
        grid.addColumn(TokenSummary::hint).setHeader(getTranslation("apitoken.col.token")).setAutoWidth(true);
        if (withOwner) {
            grid.addColumn(TokenSummary::ownerEmail).setHeader(getTranslation("apitoken.col.owner")).setAutoWidth(true);
        }
        grid.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("apitoken.col.created")).setAutoWidth(true);
        grid.addColumn(t -> when(t.expiresAt())).setHeader(getTranslation("apitoken.col.expires")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("apitoken.never") : when(t.lastUsedAt()))
                .setHeader(getTranslation("apitoken.col.lastUsed")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("apitoken.status." + t.status().name()))
                .setHeader(getTranslation("apitoken.col.status")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            var revoke = new Button(getTranslation("apitoken.revoke"), VaadinIcon.BAN.create());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setVisible(t.status() == Status.ACTIVE);
            revoke.addClickListener(e -> confirmRevoke(t, withOwner));
            return revoke;
        });
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    private void create() {
        switch (tokens.create(name.getValue(), days.getValue(), getLocale())) {
            case Result.Done<CreatedToken> done -> {
                name.clear();
                name.setInvalid(false);
                days.setInvalid(false);
                showOnce(done.value());
                refresh();
            }
            case Result.Refused<CreatedToken> refused -> {
                if ("expiresInDays".equals(refused.field())) {
                    days.setErrorMessage(refused.message());
                    days.setInvalid(true);
                } else if ("name".equals(refused.field())) {
                    name.setErrorMessage(refused.message());
                    name.setInvalid(true);
                } else {
                    error(refused.message());
                }
            }
        }
    }

    private void showOnce(CreatedToken created) {
        shownSecret = new TextField();
        shownSecret.setValue(created.token());
        shownSecret.setReadOnly(true);
        shownSecret.setWidthFull();
        shownSecret.addClassName("mw-token-secret");
        var copy = new Button(getTranslation("apitoken.copy"), VaadinIcon.COPY.create());
        copy.addClickListener(e -> {
            copy.getElement().executeJs("navigator.clipboard.writeText($0)", created.token());
            Notification.show(getTranslation("apitoken.copied"), 2500, Notification.Position.BOTTOM_START);
        });
        shown = new Dialog();
        shown.setHeaderTitle(getTranslation("apitoken.created.title"));
        shown.setCloseOnOutsideClick(false);
        var row = new HorizontalLayout(shownSecret, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        shown.add(new Paragraph(getTranslation("apitoken.created.text")), row,
                new Paragraph(getTranslation("apitoken.created.expires", when(created.expiresAt()))));
        shown.setWidth("min(40rem, 95vw)");
        var close = new Button(getTranslation("apitoken.close"), e -> {
            shown.close();
            shownSecret.clear();
        });
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shown.getFooter().add(close);
        shown.open();
    }

    private void confirmRevoke(TokenSummary token, boolean asAdmin) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("apitoken.revoke.confirm.title", token.name()));
        dialog.setText(getTranslation("apitoken.revoke.confirm.text"));
        dialog.setCancelable(true);
        dialog.setConfirmText(getTranslation("apitoken.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> revoke(token, asAdmin));
        dialog.open();
    }

    void revoke(TokenSummary token, boolean asAdmin) {
        var result = asAdmin ? tokens.revokeInMySchool(token.id(), getLocale()) : tokens.revokeMine(token.id(), getLocale());
        switch (result) {
            case Result.Done<TokenSummary> done -> Notification.show(
                            getTranslation("apitoken.revoked", token.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            case Result.Refused<TokenSummary> refused -> error(refused.message());
        }
        refresh();
    }

    private void saveSettings() {
        switch (tokens.changeSettings(maxDays.getValue(), applicants.getValue(), getLocale())) {
            case Result.Done<TokenSettings> done -> {
                maxDays.setInvalid(false);
                days.setMax(done.value().maxLifetimeDays());
                days.setHelperText(getTranslation("apitoken.days.helper", done.value().maxLifetimeDays()));
                Notification.show(getTranslation("apitoken.settings.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            case Result.Refused<TokenSettings> refused -> {
                maxDays.setErrorMessage(refused.message());
                maxDays.setInvalid(true);
            }
        }
    }

    private void refresh() {
        List<TokenSummary> own = tokens.mine();
        mine.setItems(own);
        if (admin) {
            school.setItems(tokens.ofMySchool());
        }
    }

    private void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
