package org.matchwise.operations.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import jakarta.servlet.http.HttpServletResponse;
import org.matchwise.operations.DatabaseProbe;

/**
 * Shown instead of an error page when a screen could not open because the database did not answer: "Matchwise
 * cannot reach its database; retrying". It polls, and opens the screen again as soon as the database answers.
 * One subclass per exception type, because Vaadin matches error views by the exact class of the exception
 * or of one of its causes; which of them surfaces depends on where the outage hit (a transaction that could
 * not begin, a statement on a dropped connection, the pool giving up).
 */
@AnonymousAllowed
abstract class DatabaseUnavailableView<T extends Exception> extends VerticalLayout implements HasErrorParameter<T> {

    private final DatabaseProbe probe;
    private Registration poll;

    DatabaseUnavailableView(DatabaseProbe probe) {
        this.probe = probe;
        addClassName("mw-outage");
        ProgressBar waiting = new ProgressBar();
        waiting.setIndeterminate(true);
        waiting.setWidth("16rem");
        add(new H2(getTranslation("operations.outage.title")), new Paragraph(getTranslation("operations.outage.text")),
                waiting);
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<T> parameter) {
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        attach.getUI().setPollInterval(2000);
        poll = attach.getUI().addPollListener(e -> {
            if (probe.reachable()) {
                e.getSource().setPollInterval(-1);
                // open the screen the user asked for again
                e.getSource().getPage().reload();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        detach.getUI().setPollInterval(-1);
        super.onDetach(detach);
    }
}
