package org.matchwise.admin.ui;

import com.vaadin.flow.server.VaadinSession;

/** Browserless tests hold the session lock: work a background thread handed to UI.access waits for this. */
final class BackgroundWorkTesting {

    private BackgroundWorkTesting() {
    }

    static void runPendingUiWork() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
