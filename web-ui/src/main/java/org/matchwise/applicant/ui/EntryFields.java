package org.matchwise.applicant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.matchwise.base.i18n.Labels;

/**
 * The fields and texts the five entry editors ({@link ExamEditor}, {@link PracticeEditor}, {@link ExperienceEditor},
 * {@link LetterEditor}, {@link TimelineEditor}) make alike. Choices are {@link Select}s checked by a validator rather
 * than marked required: the required marker puts aria-required on the select's value button (role=button), which
 * axe-core reports as a critical ARIA error.
 */
final class EntryFields {

    private static final int MAX_TEXT = 500;

    private EntryFields() {
    }

    static <E extends Enum<E>> Select<E> choice(Component owner, String labelKey, E[] values) {
        Select<E> select = new Select<>();
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> Labels.title(owner, v));
        return select;
    }

    static TextField text(Component owner, String labelKey) {
        TextField field = new TextField(owner.getTranslation(labelKey));
        field.setMaxLength(MAX_TEXT);
        return field;
    }

    static String date(Component owner, LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(owner.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH)).format(d);
    }

    /** "Sep 1, 2025 – Nov 30, 2025": a narrow column breaks the line after the dash only. */
    static String range(Component owner, LocalDate start, LocalDate end) {
        return date(owner, start).replace(' ', '\u00a0') + " – "
                + (end == null ? owner.getTranslation("casefile.ongoing") : date(owner, end)).replace(' ', '\u00a0');
    }

    /** An end date, if given, on or after the start, checked again when the start changes. */
    static void endNotBeforeStart(Component owner, Binder<?> binder, DatePicker start, DatePicker end, String property) {
        var binding = binder.forField(end)
                .withValidator(EntryRules.notBefore(start), owner.getTranslation("casefile.entry.endBeforeStart"))
                .bind(property);
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                binding.validate();
            }
        });
    }
}
