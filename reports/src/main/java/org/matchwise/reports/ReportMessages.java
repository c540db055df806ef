package org.matchwise.reports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report texts in {@code org/matchwise/reports/messages*.properties}, read by the templates
 * (through {@link BundleMessageResolver}) and by the chart builders. Locales without a file fall
 * back to the base file, never to the JVM's default locale.
 */
final class ReportMessages {

    static final String BASE_NAME = "org.matchwise.reports.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    ReportMessages(Locale locale) {
        this.locale = locale;
        this.bundle = bundle(locale);
    }

    static ResourceBundle bundle(Locale locale) {
        // ResourceBundle caches loaded bundles itself, so this is cheap after the first call
        return ResourceBundle.getBundle(BASE_NAME, locale, ReportMessages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * The message, always run through {@link MessageFormat} (so every message writes an apostrophe
     * as {@code ''}, with or without arguments).
     */
    static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
        return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
    }

    String get(String key, Object... args) {
        String text = format(bundle, locale, key, args);
        if (text == null) {
            throw new IllegalStateException("message key missing from " + BASE_NAME + ": " + key);
        }
        return text;
    }

    String label(Enum<?> value, String prefix) {
        return get(prefix + "." + value.name());
    }

    Locale locale() {
        return locale;
    }
}
