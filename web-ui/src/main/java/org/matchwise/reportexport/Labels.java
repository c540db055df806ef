package org.matchwise.reportexport;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The display text the report models carry, from this feature's message bundle. */
final class Labels {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dates;

    Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.reportexport", locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString("reportexport." + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** An enum's label, {@code prefix.NAME}; an unlisted value reads as its name in words. */
    String of(String prefix, Enum<?> value) {
        if (value == null) {
            return "";
        }
        try {
            return bundle.getString("reportexport." + prefix + "." + value.name());
        } catch (MissingResourceException e) {
            String words = value.name().replace('_', ' ').toLowerCase(locale);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    String date(LocalDate date) {
        return date == null ? get("ev.ongoing") : dates.format(date);
    }
}
