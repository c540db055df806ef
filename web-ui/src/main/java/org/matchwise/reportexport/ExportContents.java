package org.matchwise.reportexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.slf4j.LoggerFactory;

/**
 * Which applicants a cohort export's ZIP holds reports of, read from its entry names ({@code progress/...-<id>.pdf},
 * {@code readiness/...-<id>.pdf}, as {@link CohortExportRunner} writes them): the download of a ZIP is written to the
 * access log once per applicant in it, whatever the cohort holds by then.
 */
final class ExportContents {

    private static final Pattern REPORT = Pattern.compile("(?:progress|readiness)/[^/]*-(\\d{1,18})(?:-applicant)?\\.pdf");

    private ExportContents() {
    }

    /**
     * The applicant ids of a ZIP on disk, in the order of its entries (its central directory only is read). A file
     * that is no readable ZIP names nobody (nothing in it can be read either); it is logged as a warning.
     */
    static Set<Long> applicantIds(Path zip) {
        Set<Long> ids = new LinkedHashSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                add(ids, entries.nextElement().getName());
            }
        } catch (java.util.zip.ZipException e) {
            LoggerFactory.getLogger(ExportContents.class).warn("Export file {} is not a readable ZIP: {}", zip.getFileName(),
                    e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** The same for a ZIP read as a stream (stored elsewhere than on disk). */
    static Set<Long> applicantIds(InputStream zip) {
        Set<Long> ids = new LinkedHashSet<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                add(ids, e.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static void add(Set<Long> ids, String name) {
        Matcher m = REPORT.matcher(name);
        if (m.matches()) {
            ids.add(Long.parseLong(m.group(1)));
        }
    }
}
