package org.matchwise.base.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The input limits, {@code matchwise.limits.*} (README "Limits"). Over a limit, the API answers 413
 * {@code content_too_large} (a body or upload) or 400 {@code invalid_request} (a list, a field, an import's rows),
 * naming the limit and its property, never 500 and never after minutes of work.
 *
 * @param body         the largest JSON request body of the API, imports excepted [2MB: a profile at the list
 *                     limits fits]
 * @param upload       the largest import, sent as a multipart file or as the raw body [10MB]; the same value bounds
 *                     Spring's multipart parser ({@code spring.servlet.multipart.*})
 * @param profileList  the most entries in each list of a profile (exams, letters, timeline, ..., a cycle's
 *                     specialties) [100]
 * @param importRows   the most rows (CSV) or profiles (JSON) in one import [5000]
 */
@ConfigurationProperties("matchwise.limits")
public record Limits(@DefaultValue("2MB") DataSize body, @DefaultValue("10MB") DataSize upload,
        @DefaultValue("100") int profileList, @DefaultValue("5000") int importRows) {

    /** The defaults, for code and tests that run without Spring. */
    public static Limits defaults() {
        return new Limits(DataSize.ofMegabytes(2), DataSize.ofMegabytes(10), 100, 5000);
    }

    /** "2 MB" or "512 KB" or "100 bytes": a limit as people read it. */
    public static String words(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
