package org.matchwise.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Small building blocks the case view's sections share: badges, facts, grids, the required check. */
final class CaseParts {

    private CaseParts() {
    }

    static Span badge(String text, String className) {
        var s = new Span(text);
        s.addClassNames("mw-badge", className);
        return s;
    }

    static Component fact(String name, String value) {
        var d = new Div(new Span(name), new Span(value));
        d.addClassName("mw-fact");
        return d;
    }

    static void gridStyle(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    /** A section's frame: full width, no padding. */
    static void sectionStyle(VerticalLayout v) {
        v.setPadding(false);
        v.setWidthFull();
        v.addClassName("mw-section");
    }

    /** Marks {@code field} when empty (or blank text); true when it has a value. */
    static boolean required(CaseContext c, HasValue<?, ?> field) {
        boolean empty = field.isEmpty() || (field.getValue() instanceof String s && s.isBlank());
        if (field instanceof HasValidation v) {
            v.setErrorMessage(empty ? c.t("casefile.required") : null);
            v.setInvalid(empty);
        }
        return !empty;
    }
}
