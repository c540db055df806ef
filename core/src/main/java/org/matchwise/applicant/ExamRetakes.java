package org.matchwise.applicant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matchwise.text.MessageTemplates;

/**
 * The exam programmes' own rule (domain.md "Records and privacy"): USMLE and COMLEX do not let anyone sit an exam
 * they have passed. An attempt at an exam, or a planned sitting of it, dated after a pass of that same exam cannot be
 * true, so a change that adds one is refused with a message naming the exam and the pass. Only what a change adds is
 * checked ({@link #added}): a record stored before the rule existed still opens, is assessed and saves.
 */
public final class ExamRetakes {

    static final String MESSAGES = "org.matchwise.applicant.messages";

    private ExamRetakes() {
    }

    /**
     * One entry that retakes a passed exam.
     *
     * @param index    its place in the profile's {@code exams}
     * @param attempt  the entry
     * @param passedOn the date of the earliest pass of the same exam
     */
    public record RetakeAfterPass(int index, ExamAttempt attempt, LocalDate passedOn) {

        /** The entry's path as in evidence and API problems: {@code exams[3]}. */
        public String path() {
            return "exams[" + index + "]";
        }

        /** The refusal in words, e.g. "USMLE Step 1 was passed on 2019-10-02: ...". */
        public String message(Locale locale) {
            MessageTemplates text = MessageTemplates.of(MESSAGES, locale);
            return text.get(attempt.outcome() == ExamOutcome.SCHEDULED ? "exam.retakeScheduled" : "exam.retakeAfterPass",
                    attempt.exam(), passedOn, attempt.date());
        }
    }

    /**
     * Every entry of {@code exams} dated after a pass of the same exam (a PASS, FAIL or SCHEDULED entry; a plan dated
     * on or before the pass is a plan that came true or lapsed, not a retake), in list order.
     */
    public static List<RetakeAfterPass> of(List<ExamAttempt> exams) {
        Map<Exam, LocalDate> firstPass = new EnumMap<>(Exam.class);
        for (ExamAttempt a : exams) {
            if (a.outcome() == ExamOutcome.PASS) {
                firstPass.merge(a.exam(), a.date(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        List<RetakeAfterPass> out = new ArrayList<>();
        for (int i = 0; i < exams.size(); i++) {
            ExamAttempt a = exams.get(i);
            LocalDate passed = firstPass.get(a.exam());
            if (passed != null && a.date().isAfter(passed)) {
                out.add(new RetakeAfterPass(i, a, passed));
            }
        }
        return out;
    }

    /**
     * The retakes of a passed exam that a change from {@code before} to {@code next} would record: every entry of
     * {@code next} that retakes a passed exam and is new (not among {@code before}'s entries, each counted as often as
     * it occurs), and every attempt (PASS or FAIL) that was not a retake before but is one now because a pass was
     * added before it. A plan (SCHEDULED) that a newly added pass overtakes has lapsed and is not refused. With
     * {@code before} null (a new record, a preview) every retake of {@code next} counts.
     */
    public static List<RetakeAfterPass> added(ApplicantProfile next, ApplicantProfile before) {
        List<RetakeAfterPass> found = of(next.exams());
        if (found.isEmpty() || before == null) {
            return found;
        }
        Map<ExamAttempt, Integer> entries = new HashMap<>();
        before.exams().forEach(a -> entries.merge(a, 1, Integer::sum));
        Map<ExamAttempt, Integer> retakes = new HashMap<>();
        of(before.exams()).forEach(r -> retakes.merge(r.attempt(), 1, Integer::sum));
        List<RetakeAfterPass> out = new ArrayList<>();
        for (RetakeAfterPass r : found) {
            boolean kept = take(entries, r.attempt());
            if (!kept || (r.attempt().isAttempt() && !take(retakes, r.attempt()))) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean take(Map<ExamAttempt, Integer> counts, ExamAttempt a) {
        Integer n = counts.get(a);
        if (n == null || n == 0) {
            return false;
        }
        counts.put(a, n - 1);
        return true;
    }
}
