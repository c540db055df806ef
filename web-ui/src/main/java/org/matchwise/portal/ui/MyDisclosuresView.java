package org.matchwise.portal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.matchwise.reportexport.DisclosureRecord;
import org.matchwise.reportexport.DisclosureRecord.ApplicantDisclosure;

/**
 * "Who received my reports": the record of disclosures of the applicant's own reports outside the advising office
 * (34 CFR 99.32(c)): when, which report, to whom and why. Read-only.
 */
@Route("my/disclosures")
@RolesAllowed("APPLICANT")
@Menu(title = "disclosures.nav", order = 14, icon = "vaadin:share")
public class MyDisclosuresView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ApplicantDisclosure> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    MyDisclosuresView(DisclosureRecord disclosures, Clock clock) {
        setMaxWidth("1000px");
        add(new H2(getTranslation("disclosures.title")), new Paragraph(getTranslation("disclosures.intro")));
        List<ApplicantDisclosure> mine = disclosures.mine();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(d -> LocalDate.ofInstant(d.disclosedAt(), clock.getZone()).format(day))
                .setHeader(getTranslation("disclosures.col.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation("disclosures.report." + d.report().name()) + " ("
                + getTranslation("disclosures.copy." + d.variant().name()) + ")")
                .setHeader(getTranslation("disclosures.col.report")).setAutoWidth(true);
        grid.addColumn(ApplicantDisclosure::recipient).setHeader(getTranslation("disclosures.col.recipient")).setFlexGrow(1);
        grid.addColumn(ApplicantDisclosure::purpose).setHeader(getTranslation("disclosures.col.purpose")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("disclosures.title"));
        grid.setItems(mine);
        empty.setText(getTranslation("disclosures.empty"));
        empty.addClassName("mw-empty");
        empty.setVisible(mine.isEmpty());
        grid.setVisible(!mine.isEmpty());
        add(empty, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("disclosures.title");
    }
}
