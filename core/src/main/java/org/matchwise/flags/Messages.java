package org.matchwise.flags;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flag message templates of {@code org/matchwise/flags/messages*.properties}. Placeholders are
 * {@code {0}}, {@code {1}}, ... replaced verbatim (no MessageFormat quoting rules, so apostrophes are
 * plain text). Bundles are loaded once per locale.
 */
final class Messages {
    private static final String BUNDLE = "org.matchwise.flags.messages";
    private static final Map<Locale, Messages> CACHE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Messages of(Locale locale) {
        return CACHE.computeIfAbsent(locale, l -> new Messages(ResourceBundle.getBundle(BUNDLE, l)));
    }

    String get(String key, Object... args) {
        return format(bundle.getString(key), args);
    }

    static String format(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < n && pattern.charAt(i + 2) == '}' && Character.isDigit(pattern.charAt(i + 1))) {
                int arg = pattern.charAt(i + 1) - '0';
                out.append(arg < args.length ? String.valueOf(args[arg]) : "");
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Months with one decimal, e.g. 5.7. */
    static String months(double months) {
        return Double.toString(Math.round(months * 10) / 10.0);
    }
}
