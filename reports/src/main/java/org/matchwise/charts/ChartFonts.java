package org.matchwise.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Registers the bundled DejaVu Sans faces with the JVM once, so chart text is measured with the
 * same font the PDF embeds, whatever fonts the host has installed.
 */
final class ChartFonts {

    static final String FAMILY = "DejaVu Sans";
    /** CSS font list written into the SVG (JFreeSVG quotes attributes with apostrophes, so the family takes double quotes). */
    static final String CSS_FAMILY = "\"DejaVu Sans\", Verdana, Arial, sans-serif";

    private static final Font BASE = load("/fonts/DejaVuSans.ttf");

    static {
        load("/fonts/DejaVuSans-Bold.ttf");
        // JFreeChart's workaround for old JDKs draws rotated text (the vertical axis label) as a
        // glyph outline; drawn as an SVG <text> it stays selectable and readable by assistive tech
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartFonts() {
    }

    static Font plain(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    static Font bold(float size) {
        return new Font(FAMILY, Font.BOLD, Math.round(size)).deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the jar: " + resource);
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad font resource " + resource, e);
        }
    }
}
