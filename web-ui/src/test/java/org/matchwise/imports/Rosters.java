package org.matchwise.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Roster CSV text for tests: a header and rows built from a valid default with named cells changed. */
final class Rosters {

    static final String HEADER = String.join(",", RosterColumns.ALL);
    static final String ADVISOR = "advisor@demo.example";

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    static Rosters roster() {
        return new Rosters();
    }

    static Map<String, String> valid(int n) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("externalId", "R-" + n);
        row.put("givenName", "Given" + n);
        row.put("familyName", "Family" + n);
        row.put("email", "r" + n + "@example.org");
        row.put("applicantType", "US_IMG");
        row.put("visa", "NONE");
        row.put("medicalSchool", "St. George's University School of Medicine");
        row.put("country", "GD");
        row.put("matriculationDate", "2019-08-15");
        row.put("graduationDate", "2024-05-30");
        row.put("targetSpecialties", "MED_PEDS;INTERNAL_MEDICINE");
        row.put("matchYear", "2027");
        row.put("advisorEmail", ADVISOR);
        return row;
    }

    /** Adds a valid row n with {@code changes} given as column, value, column, value ... */
    Rosters row(int n, String... changes) {
        Map<String, String> row = valid(n);
        for (int i = 0; i < changes.length; i += 2) {
            row.put(changes[i], changes[i + 1]);
        }
        lines.add(String.join(",", row.values().stream().map(Rosters::quote).toList()));
        return this;
    }

    Rosters line(String raw) {
        lines.add(raw);
        return this;
    }

    Rosters rows(int count) {
        for (int i = 1; i <= count; i++) {
            row(i);
        }
        return this;
    }

    String csv() {
        return String.join("\r\n", lines) + "\r\n";
    }

    byte[] bytes() {
        return csv().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
