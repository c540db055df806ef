package org.matchwise.flags;

import java.util.List;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;

/** Score helpers shared by R3 and R4: they read the highest numeric score of each exam. */
final class Scores {
    private Scores() {
    }

    /** Index of the PASS/FAIL attempt with the highest numeric score of {@code exam} (first on ties), or -1. */
    static int best(List<ExamAttempt> exams, Exam exam) {
        int best = -1;
        for (int i = 0; i < exams.size(); i++) {
            ExamAttempt a = exams.get(i);
            if (a.exam() == exam && a.isAttempt() && a.score() != null
                    && (best < 0 || a.score() > exams.get(best).score())) {
                best = i;
            }
        }
        return best;
    }
}
