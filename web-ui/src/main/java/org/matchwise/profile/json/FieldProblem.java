package org.matchwise.profile.json;

/** One problem with submitted JSON: where it is (a path such as {@code profile.exams[2].outcome}) and why. */
public record FieldProblem(String path, String reason) {
}
