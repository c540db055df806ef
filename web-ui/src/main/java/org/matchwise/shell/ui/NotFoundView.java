package org.matchwise.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Page not found" for an address no screen answers, inside the app layout with a link home (Vaadin's own page is
 * a bare line of text). Signed-in users only: signed out, every address leads to the sign-in page first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("error.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        explanation.setText(getTranslation("error.notFound.text", event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
