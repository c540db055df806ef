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

    private final Map<String, String[]> templates = new java.util.HashMap<>();

    private Messages(ResourceBundle bundle) {
        for (String key : bundle.keySet()) {
            templates.put(key, compile(bundle.getString(key)));
        }
    }

    /**
     * A pattern split into literal text at even positions and argument numbers at odd positions, so
     * formatting is a few appends (the assessment runs tens of thousands of times per second).
     */
    static String[] compile(String pattern) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < n && pattern.charAt(i + 2) == '}' && Character.isDigit(pattern.charAt(i + 1))) {
                parts.add(literal.toString());
                parts.add(String.valueOf(pattern.charAt(i + 1)));
                literal.setLength(0);
                i += 2;
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return parts.toArray(String[]::new);
    }

    static Messages of(Locale locale) {
        return CACHE.computeIfAbsent(locale, l -> new Messages(ResourceBundle.getBundle(BUNDLE, l)));
    }

    String get(String key, Object... args) {
        String[] template = templates.get(key);
        if (template == null) {
            throw new java.util.MissingResourceException("no message " + key, BUNDLE, key);
        }
        return format(template, args);
    }

    static String format(String[] template, Object... args) {
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < template.length; i++) {
            if ((i & 1) == 0) {
                out.append(template[i]);
            } else {
                int arg = template[i].charAt(0) - '0';
                if (arg < args.length) {
                    out.append(args[arg]);
                }
            }
        }
        return out.toString();
    }

    /** Months with one decimal, e.g. 5.7. */
    static String months(double months) {
        return Double.toString(Math.round(months * 10) / 10.0);
    }
}
