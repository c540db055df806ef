package org.matchwise.base.i18n;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.matchwise.text.MessageTemplates;

/**
 * The one place an enum value becomes words, for every screen, the portal, reports and mails. Domain values (exams,
 * specialties, outcomes, flags ...) are worded by core's {@code org/matchwise/text/labels.properties}, the same
 * labels the rule texts use; values only the web application has (a list marker, a correction request's kind)
 * by {@code i18n/labels.properties} under {@code label.<Type>.<CONSTANT>}. No feature bundle keeps a label map of its
 * own (LabelSourceTest fails on one). A value without a label reads as its name in lower-case words, never as the
 * bare constant.
 */
public final class Labels {

    private static final String WEB_LABELS = "i18n.labels";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Labels() {
    }

    /** {@code value} as words standing alone, capitalised: "Passed", "Internal Medicine", "Private to advisors". */
    public static String title(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        String web = web(value, locale);
        return web != null ? MessageTemplates.capitalized(web) : MessageTemplates.labels(locale).title(value);
    }

    /** {@code value} as words inside a sentence: "passed", "Internal Medicine", "private to advisors". */
    public static String label(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        String web = web(value, locale);
        return web != null ? web : MessageTemplates.labels(locale).label(value);
    }

    /** {@link #title} in the locale of {@code component}'s UI. */
    public static String title(Component component, Enum<?> value) {
        return title(value, locale(component));
    }

    /** Values as standalone words joined with ", ". */
    public static String titles(Collection<? extends Enum<?>> values, Locale locale) {
        return values.stream().map(v -> title(v, locale)).collect(Collectors.joining(", "));
    }

    /** A day as people read it in the app, e.g. "10 Jun 2019" (empty for none). */
    public static String day(LocalDate day, Locale locale) {
        return day == null ? "" : day.format(DAY.withLocale(locale == null ? Locale.ENGLISH : locale));
    }

    private static Locale locale(Component component) {
        return component.getUI().map(ui -> ui.getLocale()).orElse(Locale.ENGLISH);
    }

    private static String web(Enum<?> value, Locale locale) {
        String key = "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(WEB_LABELS, locale == null ? Locale.ENGLISH : locale,
                    NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
