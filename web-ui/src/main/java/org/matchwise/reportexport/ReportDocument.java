package org.matchwise.reportexport;

import java.io.IOException;
import java.io.OutputStream;
import org.matchwise.reports.Variant;

/**
 * A report ready to stream: the caller was checked and the access logged when it was prepared; writing it
 * renders the PDF straight into the given stream (which it does not close) and keeps nothing afterwards.
 *
 * @param fileName a safe file name (ASCII letters, digits, dashes), ending in {@code .pdf}
 */
public record ReportDocument(String fileName, ReportKind kind, Variant variant, Body body) {

    /** Renders the PDF into a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public void writeTo(OutputStream out) throws IOException {
        body.writeTo(out);
    }
}
