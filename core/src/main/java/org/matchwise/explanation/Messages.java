package org.matchwise.explanation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.matchwise.flags.FlagCategory;

/**
 * The user-facing texts of this package, read from {@code org/matchwise/explanation/messages*.properties}
 * and formatted with {@link MessageFormat}. A missing locale falls back to the base file, never to the
 * JVM's default locale, so output does not depend on the server's settings.
 */
final class Messages {

    static final String BUNDLE = "org.matchwise.explanation.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String check(CheckId check, Object... args) {
        return format("check." + check.name(), args);
    }

    String category(FlagCategory category) {
        return format("category." + category.name());
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
