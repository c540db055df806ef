package org.matchwise.readiness;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The readiness texts of {@code org/matchwise/readiness/messages*.properties}; {n} placeholders replaced verbatim. */
final class ReadinessMessages {
    private static final Map<Locale, ReadinessMessages> CACHE = new ConcurrentHashMap<>();
    private final ResourceBundle bundle;

    private ReadinessMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ReadinessMessages of(Locale locale) {
        return CACHE.computeIfAbsent(locale,
                l -> new ReadinessMessages(ResourceBundle.getBundle("org.matchwise.readiness.messages", l)));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}'
                    && Character.isDigit(pattern.charAt(i + 1))) {
                int arg = pattern.charAt(i + 1) - '0';
                out.append(arg < args.length ? String.valueOf(args[arg]) : "");
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String months(double months) {
        return Double.toString(Math.round(months * 10) / 10.0);
    }
}
