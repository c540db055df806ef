package org.matchwise.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message templates of one bundle in one locale. Placeholders are {@code {0}} to {@code {9}}, replaced
 * verbatim (no MessageFormat quoting rules, so apostrophes are plain text). Templates are split once per bundle
 * and locale, so formatting is a few appends (the assessment runs tens of thousands of times per second).
 * <p>
 * An argument that is an enum value is written in plain words from {@code org/matchwise/text/labels*.properties}
 * (key {@code SimpleEnumName.CONSTANT}, e.g. {@code Exam.USMLE_STEP1=USMLE Step 1}); a collection is written as its
 * elements' labels joined with ", ". A value without a label falls back to its name in lower case with spaces,
 * never to the bare constant.
 */
public final class MessageTemplates {

    static final String LABELS = "org.matchwise.text.labels";
    /** Bundle base name, then locale: no key string is built per call (the assessment asks on every run). */
    private static final Map<String, Map<Locale, MessageTemplates>> CACHE = new ConcurrentHashMap<>();
    /** A missing locale falls back to the base file, never to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundleName;
    private final Map<String, String[]> templates = new HashMap<>();
    private final ResourceBundle labels;
    private final Map<Class<?>, String[]> enumLabels = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Object>> parseKeys = new ConcurrentHashMap<>();
    private static final Object AMBIGUOUS = new Object();

    private MessageTemplates(String bundleName, Locale locale) {
        this.bundleName = bundleName;
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, NO_FALLBACK);
        for (String key : bundle.keySet()) {
            templates.put(key, compile(bundle.getString(key)));
        }
        this.labels = ResourceBundle.getBundle(LABELS, locale, NO_FALLBACK);
    }

    /** The templates of {@code bundleName} (a base name such as {@code org.matchwise.flags.messages}), loaded once per locale. */
    public static MessageTemplates of(String bundleName, Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        return CACHE.computeIfAbsent(bundleName, b -> new ConcurrentHashMap<>())
                .computeIfAbsent(l, k -> new MessageTemplates(bundleName, k));
    }

    /** The plain-language labels of enum values in {@code locale}, for screens that word entries themselves. */
    public static MessageTemplates labels(Locale locale) {
        return of(LABELS, locale);
    }

    /** The template {@code key} with its placeholders replaced by {@code args}. */
    public String get(String key, Object... args) {
        String[] template = templates.get(key);
        if (template == null) {
            throw new MissingResourceException("no message " + key, bundleName, key);
        }
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < template.length; i++) {
            if ((i & 1) == 0) {
                out.append(template[i]);
            } else {
                int arg = template[i].charAt(0) - '0';
                if (arg < args.length) {
                    append(out, args[arg]);
                }
            }
        }
        return out.toString();
    }

    /** An enum value in plain words, e.g. "USMLE Step 1" for {@code Exam.USMLE_STEP1}. */
    public String label(Enum<?> value) {
        return labelsOf(value.getDeclaringClass())[value.ordinal()];
    }

    /**
     * An enum value in words that stand alone (a grid cell, a badge, a choice in a list): its {@code .title} label
     * where the bundle has one, else its label with a capital first letter, e.g. "Passed" for {@code ExamOutcome.PASS}.
     */
    public String title(Enum<?> value) {
        String key = value.getDeclaringClass().getSimpleName() + '.' + value.name() + ".title";
        if (labels.containsKey(key)) {
            return labels.getString(key);
        }
        return capitalized(label(value));
    }

    /** {@code text} with its first letter upper case. */
    public static String capitalized(String text) {
        return text == null || text.isEmpty() ? text
                : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The labels of {@code values}, in their order, joined with {@code separator}. */
    public String labels(Collection<? extends Enum<?>> values, String separator) {
        List<String> parts = new ArrayList<>(values.size());
        for (Enum<?> v : values) {
            parts.add(label(v));
        }
        return String.join(separator, parts);
    }

    /** Months with one decimal, e.g. 5.7. */
    public static String months(double months) {
        return Double.toString(Math.round(months * 10) / 10.0);
    }

    private void append(StringBuilder out, Object arg) {
        if (arg instanceof Enum<?> e) {
            out.append(label(e));
        } else if (arg instanceof Collection<?> c) {
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    out.append(", ");
                }
                append(out, o);
                first = false;
            }
        } else {
            out.append(arg);
        }
    }

    private String[] labelsOf(Class<?> type) {
        return enumLabels.computeIfAbsent(type, t -> {
            Object[] constants = t.getEnumConstants();
            String[] out = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                String name = ((Enum<?>) constants[i]).name();
                String key = t.getSimpleName() + '.' + name;
                out[i] = labels.containsKey(key) ? labels.getString(key) : name.toLowerCase(Locale.ROOT).replace('_', ' ');
            }
            return out;
        });
    }

    /**
     * The value of {@code type} that {@code text} names, by its label or its code, in any case and ignoring spaces,
     * hyphens and underscores: "Internal medicine", "internal-medicine" and "INTERNAL_MEDICINE" all name
     * {@code Specialty.INTERNAL_MEDICINE}. Empty when nothing (or more than one value) matches.
     */
    public <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> byWords = parseKeys.computeIfAbsent(type, t -> {
            Map<String, Object> keys = new HashMap<>();
            String[] labelsOfType = labelsOf(t);
            Object[] constants = t.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                for (String key : List.of(squeeze(((Enum<?>) constants[i]).name()), squeeze(labelsOfType[i]))) {
                    Object earlier = keys.putIfAbsent(key, constants[i]);
                    if (earlier != null && earlier != constants[i]) {
                        keys.put(key, AMBIGUOUS);
                    }
                }
            }
            return keys;
        });
        Object found = byWords.get(squeeze(text));
        return found == null || found == AMBIGUOUS ? Optional.empty() : Optional.of(type.cast(found));
    }

    /** Lower case letters and digits only: the form labels and codes are compared in. */
    private static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether the labels bundle has a plain-language label for {@code value} (tests use it to find missing ones). */
    public boolean hasLabel(Enum<?> value) {
        return labels.containsKey(value.getDeclaringClass().getSimpleName() + '.' + value.name());
    }

    /** A pattern split into literal text at even positions and argument numbers at odd positions. */
    static String[] compile(String pattern) {
        List<String> parts = new ArrayList<>();
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
}
