package org.matchwise.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.matchwise.portal.PortalPlanService;
import org.matchwise.portal.PortalService;
import org.matchwise.portal.PortalViews.ActionResult;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.portal.PortalViews.ActionView;
import org.matchwise.portal.PortalViews.EvidenceView;
import org.matchwise.portal.PortalViews.UploadResult;
import org.matchwise.remediation.Owner;

/**
 * "My plan": the applicant's remediation actions with due dates; their own actions are marked done with
 * evidence: a note, or a PDF or image file checked by its content and size.
 */
@Route("my/plan")
@RolesAllowed("APPLICANT")
@Menu(title = "portal.nav.plan", order = 11, icon = "vaadin:tasks")
public class MyPlanView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ActionView> grid = new Grid<>();
    final Paragraph empty;
    final Dialog dialog = new Dialog();
    final TextArea note = new TextArea();
    final Upload upload;
    final Span uploadMessage = new Span();
    final Div files = new Div();
    final Button done;

    private final PortalPlanService plans;
    private final Clock clock;
    private ActionView current;

    MyPlanView(PortalPlanService plans, PortalService portal, Clock clock) {
        this.plans = plans;
        this.clock = clock;
        setMaxWidth("1200px");
        add(new H2(getTranslation("portal.plan.title")));
        empty = new Paragraph(getTranslation("portal.plan.empty"));
        empty.addClassName("mw-empty");
        if (portal.myRecord().isEmpty()) {
            upload = null;
            done = null;
            add(new NoRecord());
            return;
        }
        add(new Paragraph(getTranslation("portal.plan.help")));

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ActionView::title).setHeader(getTranslation("portal.plan.action")).setFlexGrow(4).setWidth("12rem");
        grid.addColumn(a -> Labels.of(this, a.category())).setHeader(getTranslation("portal.plan.flag")).setFlexGrow(1)
                .setWidth("8rem");
        grid.addComponentColumn(this::due).setHeader(getTranslation("portal.plan.due")).setAutoWidth(true);
        grid.addColumn(a -> Labels.of(this, a.owner())).setHeader(getTranslation("portal.plan.owner")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("portal.plan.state")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::evidence).setHeader(getTranslation("portal.plan.evidence")).setFlexGrow(2)
                .setWidth("7rem");
        grid.setAllRowsVisible(true);

        long max = plans.maxUploadBytes();
        note.setLabel(getTranslation("portal.plan.note"));
        note.setWidthFull();
        note.setMaxLength(4000);
        upload = new Upload(handler(max));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> uploadMessage(String.valueOf(e.getErrorMessage()).toLowerCase().contains("type")
                ? getTranslation("portal.upload.refused.file_type", "") : getTranslation("portal.upload.refused.file_too_large",
                megabytes(max)), false));
        uploadMessage.getElement().setAttribute("role", "status");
        var uploadHelp = new Paragraph(getTranslation("portal.plan.upload.help", megabytes(max)));
        done = new Button(getTranslation("portal.plan.done"), e -> markDone());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(note, uploadHelp, upload, uploadMessage, files);
        dialog.getFooter().add(new Button(getTranslation("portal.cancel"), e -> dialog.close()), done);
        add(empty, grid);
        refresh();
    }

    static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0).replaceAll("\\.0$", "");
    }

    private UploadHandler handler(long max) {
        return event -> receive(event, max);
    }

    /** Reads at most one byte over the limit, so an oversized upload never fills the memory. */
    void receive(UploadEvent event, long max) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        String name = event.getFileName();
        UI ui = event.getUI();
        UploadResult result = content.length > max ? new UploadResult.Refused("file_too_large", null)
                : plans.upload(current.id(), name, content);
        ui.access(() -> uploaded(result));
    }

    void uploaded(UploadResult result) {
        switch (result) {
            case UploadResult.Stored stored -> {
                uploadMessage(getTranslation("portal.upload.stored", stored.file().name()), true);
                reloadCurrent();
            }
            case UploadResult.Refused refused -> uploadMessage(getTranslation("portal.upload.refused." + refused.code(),
                    refused.code().equals("file_too_large") ? megabytes(plans.maxUploadBytes())
                            : refused.detail() == null ? "" : refused.detail()), false);
        }
        upload.clearFileList();
    }

    private void uploadMessage(String text, boolean ok) {
        uploadMessage.setText(text);
        uploadMessage.getElement().getThemeList().clear();
        uploadMessage.getElement().getThemeList().add(ok ? "badge success" : "badge error");
    }

    void open(ActionView action) {
        current = action;
        dialog.setHeaderTitle(action.title());
        note.setValue(action.evidenceNote() == null ? "" : action.evidenceNote());
        uploadMessage.setText("");
        uploadMessage.getElement().getThemeList().clear();
        showFiles(action.files());
        dialog.open();
    }

    void markDone() {
        ActionResult result = plans.markDone(current.id(), current.version(), note.getValue());
        switch (result) {
            case ActionResult.Done d -> {
                dialog.close();
                Notification.show(getTranslation("portal.plan.marked"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }
            case ActionResult.Conflict c -> {
                note.setErrorMessage(getTranslation("portal.plan.conflict"));
                note.setInvalid(true);
                reloadCurrent();
            }
            case ActionResult.Refused r -> {
                note.setErrorMessage(getTranslation("portal.refused." + r.code()));
                note.setInvalid(true);
            }
        }
    }

    private void reloadCurrent() {
        refresh();
        plans.myPlan().stream().filter(a -> a.id() == current.id()).findFirst().ifPresent(a -> {
            current = a;
            showFiles(a.files());
        });
    }

    private void showFiles(List<EvidenceView> list) {
        files.removeAll();
        list.forEach(f -> files.add(new Div(link(f))));
    }

    private void refresh() {
        List<ActionView> actions = plans.myPlan();
        grid.setItems(actions);
        grid.setVisible(!actions.isEmpty());
        empty.setVisible(actions.isEmpty());
    }

    private Anchor link(EvidenceView f) {
        return new EvidenceLink(plans, f);
    }

    private Span due(ActionView a) {
        Span s = new Span(Labels.date(this, a.dueDate()));
        if (a.dueDate() != null && a.state() != ActionStatus.DONE && a.state() != ActionStatus.DROPPED
                && a.dueDate().isBefore(LocalDate.now(clock))) {
            s.setText(getTranslation("portal.plan.overdue", Labels.date(this, a.dueDate())));
            s.getElement().getThemeList().add("badge error");
        }
        return s;
    }

    /** The status, and for the applicant's own open actions the button that marks them done. */
    private Div state(ActionView a) {
        Span s = new Span(Labels.of(this, a.state()));
        s.getElement().getThemeList().add(a.state() == ActionStatus.DONE ? "badge success" : "badge");
        Div cell = new Div(s);
        if (a.owner() == Owner.APPLICANT && a.state() != ActionStatus.DONE && a.state() != ActionStatus.DROPPED) {
            Button open = new Button(getTranslation("portal.plan.markDone"), e -> open(a));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.getStyle().set("margin-top", "var(--lumo-space-xs)");
            cell.add(new Div(open));
        }
        return cell;
    }

    private Div evidence(ActionView a) {
        Div d = new Div();
        if (a.evidenceNote() != null) {
            d.add(new Div(a.evidenceNote()));
        }
        a.files().forEach(f -> d.add(new Div(link(f))));
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.plan.title");
    }
}
