package org.matchwise.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.matchwise.applicant.ApplicantNotFoundException;

/**
 * "Record not found" when a screen asks for an applicant that does not exist or belongs to another school (the
 * service answers both the same, so neither is told apart here), inside the app layout with a link home.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordNotFoundView extends ErrorPage implements HasErrorParameter<ApplicantNotFoundException> {

    public RecordNotFoundView() {
        super("error.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ApplicantNotFoundException> parameter) {
        explanation.setText(getTranslation("error.recordNotFound.text"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
