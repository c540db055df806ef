package org.matchwise.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.profile.json.FieldProblem;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.profile.json.ProfileRead;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a JSON import: an array of profile objects, each read by {@link ProfileJson} (so the same rules and
 * messages apply as everywhere else), every problem reported with the array index ({@code [3].exams[0].outcome}).
 * A stored record needs {@code matchYear}, and an externalId may appear only once in the file.
 */
final class JsonBatch {

    /** One valid profile and its array index. */
    record Item(int index, ApplicantProfile profile) {
    }

    record Parsed(List<Item> items, List<ImportProblem> problems, boolean unreadable) {
        Parsed {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }
    }

    private JsonBatch() {
    }

    /** Reads an array of at most {@code maxProfiles} profiles ({@code matchwise.limits.import-rows}). */
    static Parsed parse(String content, ObjectMapper mapper, ProfileJson profiles, int maxProfiles) {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JacksonException e) {
            return unreadable("The file is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode() || !root.isArray()) {
            return unreadable("Expected a JSON array of applicant profiles: [ { \"externalId\": ... }, ... ].");
        }
        if (root.isEmpty()) {
            return unreadable("The array is empty: there is nothing to import.");
        }
        if (root.size() > maxProfiles) {
            return unreadable("The array has " + root.size() + " profiles; at most " + maxProfiles
                    + " are imported at once (matchwise.limits.import-rows). Split it into smaller files.");
        }
        List<Item> items = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            String prefix = "[" + i + "]";
            ProfileRead read = profiles.read(root.get(i), prefix);
            switch (read) {
                case ProfileRead.Invalid invalid -> {
                    for (FieldProblem p : invalid.problems()) {
                        problems.add(problem(i, p.path(), p.reason()));
                    }
                }
                case ProfileRead.Valid valid -> {
                    ApplicantProfile profile = valid.profile();
                    boolean ok = true;
                    if (profile.matchYear() == null) {
                        problems.add(problem(i, prefix + ".matchYear", "is required for a stored record"));
                        ok = false;
                    }
                    Integer first = firstIndexOfId.putIfAbsent(profile.externalId(), i);
                    if (first != null) {
                        problems.add(problem(i, prefix + ".externalId", "duplicate externalId '" + profile.externalId()
                                + "': [" + first + "] already has it"));
                        ok = false;
                    }
                    if (ok) {
                        items.add(new Item(i, profile));
                    }
                }
            }
        }
        return new Parsed(problems.isEmpty() ? items : List.of(), problems, false);
    }

    /** {@code [3].exams[0].outcome} becomes row 3, column {@code exams[0].outcome}. */
    private static ImportProblem problem(int index, String path, String reason) {
        String prefix = "[" + index + "]";
        String column = path.startsWith(prefix + ".") ? path.substring(prefix.length() + 1)
                : path.equals(prefix) ? null : path;
        return new ImportProblem(index, column, reason, path);
    }

    private static Parsed unreadable(String message) {
        return new Parsed(List.of(), List.of(ImportProblem.file(message)), true);
    }
}
