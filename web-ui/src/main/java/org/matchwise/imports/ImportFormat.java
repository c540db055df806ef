package org.matchwise.imports;

import java.util.Locale;
import java.util.Optional;

/** The two accepted file formats; the request's Content-Type (or the file name) decides which. */
public enum ImportFormat {
    CSV, JSON;

    /** The format of a media type such as {@code text/csv; charset=UTF-8}, or empty when it is neither. */
    public static Optional<ImportFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv", "application/csv", "text/comma-separated-values" -> Optional.of(CSV);
            case "application/json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The format named by a file's extension ({@code roster.csv}, {@code profiles.json}), or empty. */
    public static Optional<ImportFormat> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") ? Optional.of(CSV) : lower.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
    }
}
