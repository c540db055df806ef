package org.matchwise.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML to tagged PDF (PDF/UA, PDF/A-3u) with openhtmltopdf. The font files and the sRGB profile
 * are read once per JVM; parsed fonts are kept in a small pool (a parsed TrueType font is not safe
 * for two threads at once, so each render borrows a pair and returns it), and font metrics are
 * shared through a thread-safe cache. A builder is created per render, since openhtmltopdf
 * builders are not thread-safe.
 */
final class PdfOutput {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs at INFO through its own console handler, about ten lines per PDF ("Using fast-mode
        // renderer. Prepare to fly.", font loading, timings): 10,000 lines and their formatting for a 500-applicant
        // export, in the node's log. Warnings and errors stay.
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private final ConcurrentFsCache fontMetrics = new ConcurrentFsCache();
    /** At most one pair per concurrent render ever existed; idle pairs wait here. */
    private final ConcurrentLinkedQueue<ParsedFonts> idleFonts = new ConcurrentLinkedQueue<>();

    private record ParsedFonts(TrueTypeFont regular, TrueTypeFont bold) {
        static ParsedFonts parse() {
            try {
                return new ParsedFonts(new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
                        new TTFParser().parse(new RandomAccessReadBuffer(BOLD)));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled font cannot be parsed", e);
            }
        }
    }

    void write(String xhtml, OutputStream out) throws IOException {
        ParsedFonts fonts = idleFonts.poll();
        if (fonts == null) {
            fonts = ParsedFonts.parse();
        }
        try (PDDocument doc = new PDDocument()) {
            write(xhtml, out, doc, fonts);
        } finally {
            idleFonts.offer(fonts);
        }
    }

    private void write(String xhtml, OutputStream out, PDDocument doc, ParsedFonts fonts) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(doc);
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics);
        // the document does not close these fonts (PDFBox closes only fonts it parsed itself)
        builder.useFont(new PDFontSupplier(PDType0Font.load(doc, fonts.regular(), true)), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(PDType0Font.load(doc, fonts.bold(), true)), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer("Matchwise");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfOutput.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
