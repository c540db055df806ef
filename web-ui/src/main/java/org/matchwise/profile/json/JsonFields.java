package org.matchwise.profile.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.matchwise.base.api.ColumnLengths;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields of one JSON object and collects every problem with its path instead of stopping at
 * the first: unknown fields, missing required fields, wrong types, unknown enum values, impossible dates.
 * Shared by every JSON reader that must report all problems at once (profiles, preview requests, imports).
 */
public final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final List<FieldProblem> problems;
    private final Set<String> known = new LinkedHashSet<>();

    private JsonFields(JsonNode node, String path, List<FieldProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The object at {@code path}, or null (with a problem recorded) when the node is not an object. */
    public static JsonFields object(JsonNode node, String path, List<FieldProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(path.isEmpty() ? "$" : path, "must be a JSON object"));
            return null;
        }
        return new JsonFields(node, path, problems);
    }

    public String path() {
        return path;
    }

    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public void problem(String field, String reason) {
        problems.add(new FieldProblem(field == null ? path : pathOf(field), reason));
    }

    private JsonNode value(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private void missing(String field, boolean required) {
        if (required) {
            problem(field, "is required");
        }
    }

    /** A string of at most {@code maxLength} characters (after trimming): longer is a problem naming the limit. */
    public String text(String field, boolean required, int maxLength) {
        JsonNode v = value(field);
        if (v == null) {
            missing(field, required);
            return null;
        }
        if (!v.isString()) {
            problem(field, "must be a string");
            return null;
        }
        String s = v.stringValue().trim();
        if (s.isEmpty() && required) {
            problem(field, "must not be empty");
            return null;
        }
        String tooLong = ColumnLengths.tooLong(s, maxLength);
        if (tooLong != null) {
            problem(field, tooLong);
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    public LocalDate date(String field, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            missing(field, required);
            return null;
        }
        if (!v.isString()) {
            problem(field, "must be a date written YYYY-MM-DD");
            return null;
        }
        String s = v.stringValue();
        if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            problem(field, "must be a date written YYYY-MM-DD, was \"" + s + "\"");
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(field, "is not a real date: \"" + s + "\"");
            return null;
        }
    }

    public Integer integer(String field, boolean required, int min, int max) {
        JsonNode v = value(field);
        if (v == null) {
            missing(field, required);
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problem(field, "must be a whole number");
            return null;
        }
        int i = v.intValue();
        if (i < min || i > max) {
            problem(field, "must be between " + min + " and " + max + ", was " + i);
            return null;
        }
        return i;
    }

    public Boolean bool(String field, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            missing(field, required);
            return null;
        }
        if (!v.isBoolean()) {
            problem(field, "must be true or false");
            return null;
        }
        return v.booleanValue();
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            missing(field, required);
            return null;
        }
        return enumOf(v, type, pathOf(field), problems);
    }

    /** An enum value from a node; records a problem listing the allowed values when it is none of them. */
    public static <E extends Enum<E>> E enumOf(JsonNode v, Class<E> type, String path, List<FieldProblem> problems) {
        if (v != null && v.isString()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.stringValue())) {
                    return e;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problems.add(new FieldProblem(path, "must be one of " + allowed + (v != null && v.isString()
                ? ", was \"" + v.stringValue() + "\"" : "")));
        return null;
    }

    /**
     * The entries of an array field, each read by {@code reader} with its indexed path (absent means empty), of at
     * most {@code maxEntries} entries; a longer array is one problem naming the limit (and {@code limitName}, the
     * property that sets it), and none of its entries is read.
     */
    public <T> List<T> list(String field, boolean required, int maxEntries, String limitName,
            BiFunction<JsonNode, String, T> reader) {
        JsonNode v = value(field);
        if (v == null) {
            missing(field, required);
            return List.of();
        }
        if (!v.isArray()) {
            problem(field, "must be a JSON array");
            return List.of();
        }
        if (v.size() > maxEntries) {
            problem(field, "has " + v.size() + " entries; at most " + maxEntries + " are allowed"
                    + (limitName == null ? "" : " (" + limitName + ")"));
            return List.of();
        }
        List<T> items = new ArrayList<>();
        int i = 0;
        for (JsonNode item : v.values()) {
            T t = reader.apply(item, pathOf(field) + "[" + i + "]");
            if (t != null) {
                items.add(t);
            }
            i++;
        }
        return items;
    }

    public JsonNode raw(String field) {
        return value(field);
    }

    /** Records every field present in the object but never read: typos never pass silently. */
    public void rejectUnknown() {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(name, "is not a known field");
            }
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
