package org.matchwise.portal.ui;

import com.vaadin.flow.component.html.Paragraph;

/** The empty state of every portal screen while no record is linked to the applicant's account. */
final class NoRecord extends Paragraph {

    NoRecord() {
        super();
        setText(getTranslation("portal.noRecord"));
        addClassName("mw-empty");
    }
}
