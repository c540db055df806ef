package org.matchwise.applicant;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.matchwise.text.MessageTemplates;
import org.springframework.stereotype.Component;

/**
 * An entry of a record in words, e.g. "USMLE Step 1, attempt 1, 10 Jun 2019, failed": for the verification queue,
 * correction requests and refusals. Coded values are worded from core's labels; nothing an applicant may not see
 * (a letter's rating, a leave's reason) is ever part of the words.
 */
@Component
public class EntryWords {

    private final FeatureBundlesI18NProvider text;

    EntryWords(FeatureBundlesI18NProvider text) {
        this.text = text;
    }

    /** {@code value} in words; {@code attempt} (1, 2, ...) is named for an exam attempt when known (else null). */
    public String entry(Object value, Integer attempt, Locale locale) {
        MessageTemplates labels = MessageTemplates.labels(locale);
        return switch (value) {
            case ExamAttempt a when !a.isAttempt() -> t(locale, "records.entry.examScheduled", labels.label(a.exam()),
                    date(a.date(), locale));
            case ExamAttempt a when attempt == null -> a.score() == null
                    ? t(locale, "records.entry.exam", labels.label(a.exam()), date(a.date(), locale), labels.label(a.outcome()))
                    : t(locale, "records.entry.examScoreOnly", labels.label(a.exam()), date(a.date(), locale),
                            labels.label(a.outcome()), String.valueOf(a.score()));
            case ExamAttempt a -> a.score() == null
                    ? t(locale, "records.entry.examAttempt", labels.label(a.exam()), String.valueOf(attempt),
                            date(a.date(), locale), labels.label(a.outcome()))
                    : t(locale, "records.entry.examScore", labels.label(a.exam()), String.valueOf(attempt),
                            date(a.date(), locale), labels.label(a.outcome()), String.valueOf(a.score()));
            case PracticeAssessment p -> p.predictedScore() == null
                    ? t(locale, "records.entry.practice", p.form(), labels.label(p.exam()), date(p.date(), locale))
                    : t(locale, "records.entry.practiceScore", p.form(), labels.label(p.exam()), date(p.date(), locale),
                            String.valueOf(p.predictedScore()));
            case ClinicalExperience c -> c.institution() == null || c.institution().isBlank()
                    ? t(locale, "records.entry.clinicalNowhere", labels.label(c.kind()), labels.label(c.specialty()),
                            date(c.start(), locale))
                    : t(locale, "records.entry.clinical", labels.label(c.kind()), labels.label(c.specialty()),
                            c.institution(), date(c.start(), locale));
            case Letter l -> t(locale, "records.entry.letter", l.writer(), labels.label(l.specialty()),
                    labels.label(l.status()));
            case TimelineEntry e -> e.title() == null || e.title().isBlank()
                    ? t(locale, "records.entry.timelineUntitled", labels.label(e.kind()), date(e.start(), locale))
                    : t(locale, "records.entry.timeline", labels.label(e.kind()), e.title(), date(e.start(), locale));
            case AcademicEvent a -> a.subject() == null || a.subject().isBlank()
                    ? t(locale, "records.entry.academicUntitled", labels.label(a.kind()), date(a.date(), locale))
                    : t(locale, "records.entry.academic", labels.label(a.kind()), a.subject(), date(a.date(), locale));
            case ProfessionalismEvent p -> t(locale, "records.entry.professionalism", date(p.date(), locale));
            case Cycle c -> t(locale, "records.entry.cycle", String.valueOf(c.matchYear()), labels.label(c.outcome()));
            case null, default -> t(locale, "records.entry.other");
        };
    }

    /** {@code section[index]} of {@code profile} in words, an exam attempt with its derived attempt number. */
    public String entry(ApplicantProfile profile, String section, int index, Locale locale) {
        Object value = EntryJson.list(profile, section).get(index);
        Integer attempt = value instanceof ExamAttempt a && a.isAttempt() ? profile.attemptNumber(index) : null;
        return entry(value, attempt, locale);
    }

    /**
     * A flag's or a reason's evidence reference in words: an entry as {@link #entry(ApplicantProfile, String, int,
     * Locale)} words it ("USMLE Step 1, attempt 1, 10 Jun 2019, failed" for {@code exams[0]}), a field with its value
     * ("Graduation: 30 May 2024"), a whole list by its name ("All exam attempts").
     */
    public String evidence(ApplicantProfile profile, String ref, Locale locale) {
        java.util.regex.Matcher m = REF.matcher(ref == null ? "" : ref);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(2));
            if (profile != null && EntryJson.SECTIONS.containsKey(m.group(1))
                    && index < EntryJson.list(profile, m.group(1)).size()) {
                return entry(profile, m.group(1), index, locale);
            }
            return t(locale, "records.history.entryOf." + m.group(1), String.valueOf(index + 1));
        }
        return switch (ref == null ? "" : ref) {
            case "matriculationDate" -> t(locale, "records.history.value", t(locale, "records.field.matriculationDate"),
                    profile == null ? "" : date(profile.matriculationDate(), locale));
            case "graduationDate" -> t(locale, "records.history.value", t(locale, "records.field.graduationDate"),
                    profile == null ? "" : date(profile.graduationDate(), locale));
            case "targetSpecialties" -> t(locale, "records.history.value", t(locale, "records.field.targetSpecialties"),
                    profile == null ? "" : org.matchwise.base.i18n.Labels.titles(profile.targetSpecialties(), locale));
            case "exams", "clinicalExperiences", "letters" -> t(locale, "records.evidence.all." + ref);
            default -> ref == null ? "" : ref;
        };
    }

    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("([A-Za-z]+)\\[(\\d{1,6})]");

    /** A day as the entries are worded, e.g. "10 Jun 2019". */
    public String date(LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        return day.format(DateTimeFormatter.ofPattern(text.getTranslation("records.date.pattern", locale), locale));
    }

    /** A message of the records bundle (arguments as text). */
    String t(Locale locale, String key, Object... args) {
        return text.getTranslation(key, locale, args);
    }
}
