package org.matchwise.base.api;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.util.List;

/**
 * The longest text a field may hold (as stored: a converted list counts as its stored text), read from its entity's
 * {@code @Column(length)}: the one place a maximum is
 * written (ColumnLengthsTest checks every such length against the column the migrations create). Readers of input
 * check text against it, so an over-long value is a 400 naming its path, never a 500 from the database.
 */
public final class ColumnLengths {

    private ColumnLengths() {
    }

    /** The {@code @Column(length)} of {@code entity.field}; fails at once (class initialisation) when it has none. */
    public static int of(Class<?> entity, String field) {
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                Column column = f.getAnnotation(Column.class);
                if (column == null) {
                    throw new IllegalArgumentException(entity.getSimpleName() + "." + field + " has no @Column");
                }
                return column.length();
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(entity.getSimpleName() + " has no field " + field);
    }

    /** The reason for a value over {@code max} characters, or null when it fits. */
    public static String tooLong(String value, int max) {
        return value == null || value.length() <= max ? null
                : "is " + value.length() + " characters long; at most " + max + " are allowed";
    }

    /** Adds a problem at {@code path} when {@code value} is longer than {@code max}. */
    public static void check(List<ApiProblems.Problem> problems, String path, String value, int max) {
        String reason = tooLong(value, max);
        if (reason != null) {
            problems.add(new ApiProblems.Problem(path, reason));
        }
    }
}
