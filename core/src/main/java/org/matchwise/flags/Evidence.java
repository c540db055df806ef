package org.matchwise.flags;

import java.util.Arrays;
import java.util.List;

/**
 * Collects evidence references without duplicates and returns them in a canonical order: profile
 * fields first (in profile order), then list entries by list (in profile order) and index.
 */
final class Evidence {
    static final String MATRICULATION = "matriculationDate";
    static final String GRADUATION = "graduationDate";
    static final String TARGETS = "targetSpecialties";

    /** Source kinds, in the canonical order. */
    enum Source {
        MATRICULATION_DATE("matriculationDate", false),
        GRADUATION_DATE("graduationDate", false),
        TARGET_SPECIALTIES("targetSpecialties", false),
        EXAMS("exams", true),
        CLINICAL("clinicalExperiences", true),
        LETTERS("letters", true),
        TIMELINE("timeline", true),
        ACADEMIC("academicEvents", true),
        PROFESSIONALISM("professionalismEvents", true),
        CYCLES("cycles", true),
        EXAMS_LIST("exams", false),
        CLINICAL_LIST("clinicalExperiences", false),
        LETTERS_LIST("letters", false);

        final String path;
        final boolean indexed;

        Source(String path, boolean indexed) {
            this.path = path;
            this.indexed = indexed;
        }
    }

    private static final int MAX_INDEX = 1 << 20;
    private static final Source[] SOURCES = Source.values();
    private long[] keys = new long[8];
    private int size;
    /**
     * The keys added so far, once there are more than {@link #SCAN_LIMIT}: a scan of every key per add made long
     * evidence quadratic; a few keys (the usual case) are still found by a scan, without boxing.
     */
    private java.util.HashSet<Long> seen;
    private static final int SCAN_LIMIT = 16;

    Evidence add(Source source, int index) {
        long key = (long) source.ordinal() * MAX_INDEX + index;
        if (seen == null && size >= SCAN_LIMIT) {
            seen = new java.util.HashSet<>();
            for (int i = 0; i < size; i++) {
                seen.add(keys[i]);
            }
        }
        if (seen != null) {
            if (!seen.add(key)) {
                return this;
            }
        } else {
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    return this;
                }
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
        return this;
    }

    Evidence add(Source field) {
        return add(field, 0);
    }

    /** Adds references produced by another Evidence ("letters[2]", "targetSpecialties"). */
    Evidence addRefs(List<String> refs) {
        for (String ref : refs) {
            int bracket = ref.indexOf('[');
            String path = bracket < 0 ? ref : ref.substring(0, bracket);
            for (Source s : SOURCES) {
                if (s.path.equals(path) && s.indexed == (bracket >= 0)) {
                    add(s, bracket < 0 ? 0 : Integer.parseInt(ref.substring(bracket + 1, ref.length() - 1)));
                    break;
                }
            }
        }
        return this;
    }

    boolean isEmpty() {
        return size == 0;
    }

    List<String> toList() {
        long[] sorted = Arrays.copyOf(keys, size);
        Arrays.sort(sorted);
        String[] out = new String[size];
        for (int i = 0; i < size; i++) {
            Source s = SOURCES[(int) (sorted[i] / MAX_INDEX)];
            out[i] = s.indexed ? s.path + "[" + (sorted[i] % MAX_INDEX) + "]" : s.path;
        }
        return List.of(out);
    }
}
