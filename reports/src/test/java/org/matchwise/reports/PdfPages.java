package org.matchwise.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** What a page shows, drawn: for pages whose content is a chart (its labels are drawn, not text). */
final class PdfPages {

    private PdfPages() {
    }

    /**
     * How many dark pixels page {@code index} (from 0) has inside its margins, drawn at 48 dpi: 0 for a page with
     * nothing but the running header and footer.
     */
    static int bodyInk(byte[] pdf, int index) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(index, 48, ImageType.GRAY);
            // the page box inside @page's margins (22 mm top, 20 mm bottom of 297 mm), where the running header and
            // footer are not
            int top = (int) Math.ceil(image.getHeight() * 22.5 / 297);
            int bottom = (int) (image.getHeight() * 276.5 / 297);
            int dark = 0;
            for (int y = top; y < bottom; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xff) < 224) {
                        dark++;
                    }
                }
            }
            return dark;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
