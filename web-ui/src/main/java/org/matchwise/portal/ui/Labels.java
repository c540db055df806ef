package org.matchwise.portal.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Translated labels for domain enums ({@code portal.enum.<Type>.<NAME>}) and dates, for the portal screens. */
final class Labels {

    private Labels() {
    }

    static String of(Component c, Enum<?> value) {
        return value == null ? "" : c.getTranslation("portal.enum." + value.getDeclaringClass().getSimpleName() + "."
                + value.name());
    }

    static String date(Component c, LocalDate date) {
        Locale locale = c.getUI().map(ui -> ui.getLocale()).orElse(Locale.ENGLISH);
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
