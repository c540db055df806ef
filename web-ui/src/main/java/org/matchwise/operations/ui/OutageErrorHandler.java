package org.matchwise.operations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import org.matchwise.operations.DatabaseProbe;
import org.matchwise.operations.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a click or an edit fails because the database does not answer, the user sees "Matchwise cannot reach its
 * database; retrying" (a notification that stays) instead of a stack trace or nothing; the UI polls, and once
 * the database answers the notification goes and the screen is refreshed. Other errors go to Vaadin's default
 * handler as before.
 */
@Component
class OutageErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OutageErrorHandler.class);

    private final DatabaseProbe probe;

    OutageErrorHandler(DatabaseProbe probe) {
        this.probe = probe;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler(probe)));
    }

    private static final class Handler implements ErrorHandler {
        private final transient DatabaseProbe probe;
        private final DefaultErrorHandler fallback = new DefaultErrorHandler();

        Handler(DatabaseProbe probe) {
            this.probe = probe;
        }

        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (ui == null || !Outages.isOutage(event.getThrowable())) {
                fallback.error(event);
                return;
            }
            log.warn("A UI action failed: the database does not answer ({})", event.getThrowable().toString());
            if (ComponentUtilHolder.showing(ui)) {
                return;
            }
            Notification note = new Notification(ui.getTranslation("operations.outage.title") + " "
                    + ui.getTranslation("operations.outage.text"));
            note.addThemeVariants(NotificationVariant.LUMO_WARNING);
            note.setPosition(Notification.Position.TOP_CENTER);
            note.setDuration(0);
            note.open();
            ComponentUtilHolder.mark(ui, true);
            ui.setPollInterval(2000);
            Registration[] poll = new Registration[1];
            poll[0] = ui.addPollListener(e -> {
                if (probe != null && probe.reachable()) {
                    note.close();
                    poll[0].remove();
                    ComponentUtilHolder.mark(ui, false);
                    ui.setPollInterval(-1);
                    ui.refreshCurrentRoute(false);
                }
            });
        }
    }

    /** Whether the outage notification is already open in a UI (one is enough). */
    private static final class ComponentUtilHolder {
        private static final String KEY = "matchwise.outageShown";

        static boolean showing(UI ui) {
            return Boolean.TRUE.equals(com.vaadin.flow.component.ComponentUtil.getData(ui, KEY));
        }

        static void mark(UI ui, boolean shown) {
            com.vaadin.flow.component.ComponentUtil.setData(ui, KEY, shown ? Boolean.TRUE : null);
        }
    }
}
