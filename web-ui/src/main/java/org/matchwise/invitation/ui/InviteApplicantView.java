package org.matchwise.invitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantSummary;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.invitation.InvitationService;
import org.matchwise.invitation.InvitationViews.InvitationView;
import org.matchwise.invitation.InvitationViews.InviteResult;

/** Advisors and admins invite the applicant of a record to the portal and see the invitations sent. */
@Route("invitations")
@RolesAllowed({"ADMIN", "ADVISOR"})
@Menu(title = "invitation.nav", order = 60, icon = "vaadin:envelope-o")
public class InviteApplicantView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    final Button invite;
    final Grid<InvitationView> grid = new Grid<>();
    final Paragraph empty;
    final Dialog dialog = new Dialog();
    final ComboBox<ApplicantSummary> applicant = new ComboBox<>();
    final EmailField email = new EmailField();
    final Button send;

    private final InvitationService invitations;

    InviteApplicantView(InvitationService invitations, ApplicantService applicants) {
        this.invitations = invitations;
        setMaxWidth("1100px");
        var title = new H2(getTranslation("invitation.title"));
        var help = new Paragraph(getTranslation("invitation.help"));
        invite = new Button(getTranslation("invitation.invite"), VaadinIcon.ENVELOPE.create(), e -> openDialog());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(InvitationView::name).setHeader(getTranslation("invitation.column.name")).setAutoWidth(true);
        grid.addColumn(InvitationView::email).setHeader(getTranslation("invitation.column.email")).setAutoWidth(true);
        grid.addColumn(i -> WHEN.format(i.sentAt())).setHeader(getTranslation("invitation.column.sent"));
        grid.addColumn(i -> WHEN.format(i.expiresAt())).setHeader(getTranslation("invitation.column.expires"));
        grid.addColumn(i -> getTranslation("invitation.state." + i.state().name()))
                .setHeader(getTranslation("invitation.column.state"));
        grid.setAllRowsVisible(true);
        empty = new Paragraph(getTranslation("invitation.empty"));

        applicant.setLabel(getTranslation("invitation.field.applicant"));
        applicant.setWidthFull();
        applicant.setItemLabelGenerator(s -> s.name() + " · " + s.externalId() + " · " + s.matchYear());
        applicant.setItems(query -> applicants.list(new ListFilter(query.getFilter().orElse(null), null, null, null),
                query.getPage(), query.getPageSize()).items().stream());
        applicant.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().email() != null) {
                email.setValue(e.getValue().email());
            }
        });
        applicant.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("invitation.field.email"));
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        send = new Button(getTranslation("invitation.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("invitation.cancel"), e -> dialog.close());
        dialog.setHeaderTitle(getTranslation("invitation.dialog.title"));
        var form = new VerticalLayout(new Paragraph(getTranslation("invitation.dialog.help")), applicant, email);
        form.setPadding(false);
        form.setWidth("min(32rem, 90vw)");
        dialog.add(form);
        dialog.getFooter().add(cancel, send);

        add(title, help, invite, empty, grid);
        refresh();
    }

    private void openDialog() {
        applicant.clear();
        email.clear();
        applicant.setInvalid(false);
        email.setInvalid(false);
        dialog.open();
    }

    void send() {
        if (applicant.getValue() == null) {
            applicant.setErrorMessage(getTranslation("invitation.field.applicant.required"));
            applicant.setInvalid(true);
            return;
        }
        InviteResult result;
        try {
            result = invitations.invite(applicant.getValue().id(), email.getValue());
        } catch (ApplicantNotFoundException e) {
            result = new InviteResult.Refused("unknown_record");
        }
        switch (result) {
            case InviteResult.Sent sent -> {
                dialog.close();
                Notification.show(getTranslation("invitation.sent", sent.email()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }
            case InviteResult.Refused refused -> {
                email.setErrorMessage(getTranslation("invitation.refused." + refused.code()));
                email.setInvalid(true);
            }
        }
    }

    private void refresh() {
        var items = invitations.invitations();
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
