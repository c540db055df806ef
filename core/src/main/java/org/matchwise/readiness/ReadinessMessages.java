package org.matchwise.readiness;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The readiness texts of {@code org/matchwise/readiness/messages*.properties}; {n} placeholders replaced verbatim. */
final class ReadinessMessages {
    private static final Map<Locale, ReadinessMessages> CACHE = new ConcurrentHashMap<>();
    private final Map<String, String[]> templates = new java.util.HashMap<>();

    private ReadinessMessages(ResourceBundle bundle) {
        for (String key : bundle.keySet()) {
            templates.put(key, compile(bundle.getString(key)));
        }
    }

    /** Literal text at even positions, argument numbers at odd positions. */
    private static String[] compile(String pattern) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}'
                    && Character.isDigit(pattern.charAt(i + 1))) {
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

    static ReadinessMessages of(Locale locale) {
        return CACHE.computeIfAbsent(locale,
                l -> new ReadinessMessages(ResourceBundle.getBundle("org.matchwise.readiness.messages", l)));
    }

    String get(String key, Object... args) {
        String[] template = templates.get(key);
        if (template == null) {
            throw new java.util.MissingResourceException("no message " + key, "org.matchwise.readiness.messages", key);
        }
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

    static String months(double months) {
        return Double.toString(Math.round(months * 10) / 10.0);
    }
}
