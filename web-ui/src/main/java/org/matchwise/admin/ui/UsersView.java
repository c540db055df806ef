package org.matchwise.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.matchwise.account.Role;
import org.matchwise.admin.AdminViews.AccountResult;
import org.matchwise.admin.AdminViews.AdminUser;
import org.matchwise.admin.AdminViews.CaseloadChoice;
import org.matchwise.admin.UserAdminService;
import org.matchwise.security.CurrentUser;

/**
 * The accounts of the admin's school: who they are, their role and status, their caseload; invite an advisor
 * (one-time link by email), deactivate or reactivate, reset a password (the old one stops working and a link
 * goes out), and choose an advisor's caseload.
 */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Menu(title = "admin.nav.users", order = 90, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AdminUser> grid = new Grid<>(AdminUser.class, false);
    final Button invite = new Button(getTranslation("admin.users.invite"), VaadinIcon.PLUS.create());
    final Span empty = new Span(getTranslation("admin.users.empty"));

    /** The dialog open now (invite, confirm, caseload), for tests. */
    Dialog dialog;
    ConfirmDialog confirm;
    EmailField inviteEmail;
    TextField inviteName;
    Button inviteSubmit;
    MultiSelectComboBox<CaseloadChoice> caseload;
    Button caseloadSave;
    String lastMessage;

    private final UserAdminService service;
    private final long me;
    private final DateTimeFormatter until;

    UsersView(UserAdminService service, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.me = currentUser.require().id();
        this.until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        setSizeFull();

        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> openInvite());
        var header = new HorizontalLayout(new H2(getTranslation("admin.users.title")), invite);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);

        grid.addColumn(u -> u.displayName() + (u.id() == me ? " " + getTranslation("admin.users.you") : ""))
                .setHeader(getTranslation("admin.users.name")).setSortable(true).setFlexGrow(1);
        grid.addColumn(AdminUser::email).setHeader(getTranslation("admin.users.email")).setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("admin.users.role"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::status).setHeader(getTranslation("admin.users.status")).setFlexGrow(1);
        grid.addColumn(u -> u.role() == Role.APPLICANT ? "" : String.valueOf(u.caseload()))
                .setHeader(getTranslation("admin.users.caseload")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.users.actions"))
                .setWidth("12rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("admin.users.title"));
        grid.setSizeFull();

        add(header, empty, grid);
        refresh();
    }

    private String status(AdminUser u) {
        if (u.locked()) {
            return getTranslation("admin.users.status.locked");
        }
        if (!u.enabled()) {
            return getTranslation("admin.users.status.inactive");
        }
        return getTranslation(u.awaitingSetup() ? "admin.users.status.invited" : "admin.users.status.active");
    }

    private HorizontalLayout actions(AdminUser u) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (u.id() != me) {
            if (u.enabled()) {
                row.add(small(getTranslation("admin.users.deactivate"), () -> confirmDeactivate(u)));
            } else {
                row.add(small(getTranslation("admin.users.reactivate"), () -> reactivate(u)));
            }
            if (u.enabled() && u.awaitingSetup()) {
                row.add(small(getTranslation("admin.users.resend"), () -> reset(u)));
            } else if (u.enabled()) {
                row.add(small(getTranslation("admin.users.reset"), () -> confirmReset(u)));
            }
        }
        if (u.role() != Role.APPLICANT) {
            row.add(small(getTranslation("admin.users.caseload.edit"), () -> openCaseload(u)));
        }
        return row;
    }

    private Button small(String label, Runnable action) {
        var b = new Button(label, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    void refresh() {
        List<AdminUser> users = service.users();
        grid.setItems(users);
        empty.setVisible(users.isEmpty());
    }

    List<AdminUser> rows() {
        return grid.getGenericDataView().getItems().toList();
    }

    AdminUser row(String email) {
        return rows().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
    }

    // --- invite -------------------------------------------------------------------------------------------

    void openInvite() {
        inviteEmail = new EmailField(getTranslation("admin.users.invite.email"));
        inviteEmail.setRequiredIndicatorVisible(true);
        inviteName = new TextField(getTranslation("admin.users.invite.name"));
        inviteName.setRequiredIndicatorVisible(true);
        inviteName.setMaxLength(200);
        var form = new FormLayout(inviteEmail, inviteName);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog = new Dialog(getTranslation("admin.users.invite.title"));
        dialog.add(new Paragraph(getTranslation("admin.users.invite.help")), form);
        inviteSubmit = new Button(getTranslation("admin.users.invite.submit"), e -> submitInvite());
        inviteSubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.action.cancel"), e -> dialog.close()), inviteSubmit);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }

    private void submitInvite() {
        AccountResult result = service.inviteAdvisor(inviteEmail.getValue(), inviteName.getValue());
        switch (result) {
            case AccountResult.LinkSent sent -> {
                dialog.close();
                refresh();
                notice(getTranslation("admin.users.invite.done", sent.user().email(), until.format(sent.expiresAt())),
                        false);
            }
            case AccountResult.Refused refused -> {
                String message = getTranslation("admin.refused." + refused.code());
                if (refused.code().equals("invalid_name")) {
                    inviteName.setErrorMessage(message);
                    inviteName.setInvalid(true);
                } else if (refused.code().equals("invalid_email") || refused.code().equals("email_in_use")) {
                    inviteEmail.setErrorMessage(message);
                    inviteEmail.setInvalid(true);
                } else {
                    dialog.close();
                    refresh();
                    notice(message, true);
                }
                lastMessage = message;
            }
            case AccountResult.Done done -> refresh();
        }
    }

    // --- deactivate, reactivate, reset ---------------------------------------------------------------------

    void confirmDeactivate(AdminUser u) {
        confirm = new ConfirmDialog(getTranslation("admin.users.deactivate.confirm.title", u.displayName()),
                getTranslation("admin.users.deactivate.confirm.text", u.displayName()),
                getTranslation("admin.users.deactivate"), e -> handle(service.deactivate(u.id()),
                        getTranslation("admin.users.deactivate.done", u.displayName())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void reactivate(AdminUser u) {
        handle(service.reactivate(u.id()), getTranslation("admin.users.reactivate.done", u.displayName()));
    }

    void confirmReset(AdminUser u) {
        confirm = new ConfirmDialog(getTranslation("admin.users.reset.confirm.title", u.displayName()),
                getTranslation("admin.users.reset.confirm.text"), getTranslation("admin.users.reset"),
                e -> reset(u));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.action.cancel"));
        confirm.open();
    }

    void reset(AdminUser u) {
        AccountResult result = service.resetPassword(u.id());
        if (result instanceof AccountResult.LinkSent sent) {
            refresh();
            notice(getTranslation(u.awaitingSetup() ? "admin.users.resend.done" : "admin.users.reset.done",
                    u.email(), until.format(sent.expiresAt())), false);
        } else {
            handle(result, null);
        }
    }

    /** Shows the outcome: a refusal's message, or {@code doneMessage}; the grid follows. */
    void handle(AccountResult result, String doneMessage) {
        if (result instanceof AccountResult.Refused refused) {
            notice(getTranslation("admin.refused." + refused.code()), true);
        } else {
            refresh();
            if (doneMessage != null) {
                notice(doneMessage, false);
            }
        }
    }

    // --- caseload -------------------------------------------------------------------------------------------

    void openCaseload(AdminUser u) {
        List<CaseloadChoice> choices = service.caseloadChoices();
        Set<Long> assigned = service.caseloadOf(u.id());
        caseload = new MultiSelectComboBox<>(getTranslation("admin.users.caseload.applicants"));
        caseload.setItems(choices);
        caseload.setItemLabelGenerator(c -> getTranslation("admin.users.caseload.item", c.name(), c.externalId(),
                String.valueOf(c.matchYear())));
        caseload.setValue(choices.stream().filter(c -> assigned.contains(c.id())).collect(Collectors.toSet()));
        caseload.setWidthFull();
        caseload.setClearButtonVisible(true);
        caseload.setHelperText(choices.isEmpty() ? getTranslation("admin.users.caseload.empty")
                : getTranslation("admin.users.caseload.help"));
        dialog = new Dialog(getTranslation("admin.users.caseload.title", u.displayName()));
        dialog.add(caseload);
        caseloadSave = new Button(getTranslation("admin.action.save"), e -> saveCaseload(u));
        caseloadSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.action.cancel"), e -> dialog.close()), caseloadSave);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void saveCaseload(AdminUser u) {
        Set<Long> ids = new HashSet<>();
        caseload.getValue().forEach(c -> ids.add(c.id()));
        AccountResult result = service.assignCaseload(u.id(), ids);
        if (result instanceof AccountResult.Refused) {
            handle(result, null);
            return;
        }
        dialog.close();
        handle(result, getTranslation("admin.users.caseload.done", u.displayName(), ids.size()));
    }

    private void notice(String message, boolean error) {
        lastMessage = message;
        Notification n = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
