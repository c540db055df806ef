package org.matchwise.shell.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not available with your account" when a signed-in user opens a screen their role may not (an applicant
 * following an advisor's link to a case, an advisor typing an admin screen's address), inside the app layout with
 * a link home. It names no record and shows nothing of the screen. Replaces Vaadin's default, which shows the bare
 * "Could not navigate to ..." of a missing page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView() {
        super("error.notAllowed.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        explanation.setText(getTranslation("error.notAllowed.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
