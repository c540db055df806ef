package org.matchwise.reportexport;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The display text the report models carry, from this feature's message bundle. */
final class Labels {

    private static final java.util.Set<String> IN_SENTENCE = java.util.Set.of("outcome", "letterStatus", "leaveReason",
            "cycleOutcome", "verdict", "academic");

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

    /**
     * An enum value in words, from the app's one label source ({@link org.matchwise.base.i18n.Labels}): inside a
     * sentence for the values the reports write into one ({@code outcome}, {@code letterStatus}, {@code leaveReason},
     * {@code cycleOutcome}, {@code verdict}, {@code academic}), standing alone (capitalised) for the others.
     */
    String of(String use, Enum<?> value) {
        if (value == null) {
            return "";
        }
        return IN_SENTENCE.contains(use) ? org.matchwise.base.i18n.Labels.label(value, locale)
                : org.matchwise.base.i18n.Labels.title(value, locale);
    }

    String date(LocalDate date) {
        return date == null ? get("ev.ongoing") : dates.format(date);
    }
}
