package org.matchwise.portal.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.matchwise.remediation.Owner;

/**
 * Words for domain values on the portal screens: the app's one label source ({@link org.matchwise.base.i18n.Labels}),
 * except who owns an action, which the applicant reads from her side ("You", "Your advisor").
 */
final class Labels {

    private Labels() {
    }

    static String of(Component c, Enum<?> value) {
        if (value instanceof Owner owner) {
            return c.getTranslation("portal.yourSide.Owner." + owner.name());
        }
        return org.matchwise.base.i18n.Labels.title(c, value);
    }

    static String date(Component c, LocalDate date) {
        Locale locale = c.getUI().map(ui -> ui.getLocale()).orElse(Locale.ENGLISH);
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
