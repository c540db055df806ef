package org.matchwise.applicant.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.function.SerializablePredicate;
import java.time.LocalDate;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamOutcome;

/**
 * The checks both entry editors apply to a form's fields, as Binder validators. Each side passes its own message
 * (from its own bundle) to {@code withValidator}; only the rule is shared here.
 */
public final class EntryRules {

    private EntryRules() {
    }

    /** A score, if given, from 1 to the maximum of the exam chosen in {@code exam} (any positive score while none is). */
    public static SerializablePredicate<Integer> withinScale(HasValue<?, Exam> exam) {
        return s -> s == null || (s >= 1 && (exam.getValue() == null || s <= exam.getValue().maxScore()));
    }

    /** No score while the outcome chosen in {@code outcome} is SCHEDULED. */
    public static SerializablePredicate<Integer> noScoreWhenScheduled(HasValue<?, ExamOutcome> outcome) {
        return s -> s == null || outcome.getValue() != ExamOutcome.SCHEDULED;
    }

    /** An end date, if given, on or after the date in {@code start} (an end before the start is what rule R17 reports). */
    public static SerializablePredicate<LocalDate> notBefore(HasValue<?, LocalDate> start) {
        return d -> d == null || start.getValue() == null || !d.isBefore(start.getValue());
    }
}
