package org.matchwise.applicant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matchwise.applicant.persistence.ApplicantHistory;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.matchwise.base.i18n.Labels;
import org.springframework.stereotype.Component;

/**
 * A history row in words: the entry it is about ("USMLE Step 1, 10 Jun 2019, failed", not {@code exams[0]}) and each
 * changed field as "Outcome: failed → passed", with labels for coded values, days as "10 Jun 2019", and the record's
 * own fields named ("Account: linked"). Never the raw values a developer reads.
 */
@Component
public class HistoryWords {

    private static final Pattern REF = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private final EntryWords entries;
    private final FeatureBundlesI18NProvider text;

    HistoryWords(EntryWords entries, FeatureBundlesI18NProvider text) {
        this.entries = entries;
        this.text = text;
    }

    /**
     * What {@code change} is about, in words: the entry as it stood (after the change, or as removed); an exam attempt
     * still at its place in {@code current} (the record now) is named with its attempt number, as everywhere else.
     */
    public String entry(ApplicantHistory.Change change, ApplicantProfile current, Locale locale) {
        if ("applicant".equals(change.item())) {
            return text.getTranslation("records.history.record", locale);
        }
        Matcher m = REF.matcher(change.item() == null ? "" : change.item());
        if (change.entry() != null) {
            if (m.matches() && current != null && EntryJson.SECTIONS.containsKey(m.group(1))) {
                List<?> now = EntryJson.list(current, m.group(1));
                int index = Integer.parseInt(m.group(2));
                if (index < now.size() && now.get(index).equals(change.entry())) {
                    return entries.entry(current, m.group(1), index, locale);
                }
            }
            return entries.entry(change.entry(), null, locale);
        }
        return m.matches() ? text.getTranslation("records.history.entryOf." + m.group(1), locale,
                String.valueOf(Integer.parseInt(m.group(2)) + 1)) : text.getTranslation("records.entry.other", locale);
    }

    /** Each field of {@code change} in words: "Outcome: failed → passed" (changed) or "Outcome: passed" (added, removed). */
    public List<String> fields(ApplicantHistory.Change change, Locale locale) {
        List<String> out = new ArrayList<>();
        for (ApplicantHistory.FieldChange f : change.fields()) {
            if ("userId".equals(f.field())) {
                out.add(text.getTranslation(f.is() == null ? "records.history.accountUnlinked"
                        : "records.history.accountLinked", locale));
                continue;
            }
            String name = fieldName(f.field(), locale);
            if ("CHANGED".equals(change.kind())) {
                out.add(text.getTranslation("records.history.changed", locale, name, value(f.was(), locale),
                        value(f.is(), locale)));
            } else {
                out.add(text.getTranslation("records.history.value", locale, name,
                        value(f.is() != null ? f.is() : f.was(), locale)));
            }
        }
        return out;
    }

    /** What happened, in words: "added", "changed", "verified", "removed". */
    public String kind(String kind, Locale locale) {
        return text.getTranslation("records.history.kind." + kind, locale);
    }

    private String fieldName(String field, Locale locale) {
        String key = "records.field." + field;
        String named = text.getTranslation(key, locale);
        if (!named.startsWith("!")) {
            return named;
        }
        // a field without a name in the bundle reads as its words ("predictedScore" as "Predicted score")
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    String value(Object value, Locale locale) {
        return switch (value) {
            case null -> text.getTranslation("records.history.none", locale);
            case Enum<?> e -> Labels.label(e, locale);
            case LocalDate d -> entries.date(d, locale);
            case Boolean b -> text.getTranslation(b ? "records.history.yes" : "records.history.no", locale);
            case SpecialtyApplication s -> specialty(s, locale);
            case Map<?, ?> m -> m.isEmpty() ? text.getTranslation("records.history.none", locale) : String.join(", ",
                    m.entrySet().stream().map(e -> value(e.getKey(), locale) + " " + value(e.getValue(), locale)).toList());
            case Collection<?> c -> c.isEmpty() ? text.getTranslation("records.history.none", locale)
                    : String.join(", ", c.stream().map(v -> value(v, locale)).toList());
            case Record r -> entries.entry(r, null, locale);
            default -> String.valueOf(value);
        };
    }

    private String specialty(SpecialtyApplication s, Locale locale) {
        String base = text.getTranslation("records.history.specialtyApplication", locale, Labels.title(s.specialty(), locale),
                String.valueOf(s.programsApplied()));
        return s.interviews() == null ? base
                : base + text.getTranslation("records.history.interviews", locale, String.valueOf(s.interviews()));
    }
}
