package org.matchwise.applicant;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the value objects: impossible values are rejected with a clear message. */
final class Checks {
    private Checks() {
    }

    static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException(field + " must not contain null entries");
            }
        }
        return List.copyOf(values);
    }

    static Integer score(Integer score, Exam exam, String field) {
        if (score != null && (score < 1 || score > exam.maxScore())) {
            throw new IllegalArgumentException(field + " must be between 1 and " + exam.maxScore()
                    + " for " + exam + ", was " + score);
        }
        return score;
    }

    static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    static Integer nonNegative(Integer value, String field) {
        if (value != null) {
            nonNegative(value.intValue(), field);
        }
        return value;
    }
}
