package org.matchwise.charts;

import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a chart onto JFreeSVG and adds the accessible name and description to the root element. */
final class SvgOutput {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private SvgOutput() {
    }

    static String toSvg(JFreeChart chart, int width, int height, String title, String description) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive: " + width + "x" + height);
        }
        // a unique prefix keeps clip-path ids apart when several charts share one HTML page
        String prefix = "mwc" + SEQUENCE.incrementAndGet();
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(prefix + "_");
        g2.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, Boolean.TRUE);
        g2.setFontFunction(family -> ChartFonts.FAMILY.equals(family) ? ChartFonts.CSS_FAMILY : family);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        // dimensions written by hand: JFreeSVG writes "660.0", which openhtmltopdf rejects as a size
        String svg = g2.getSVGElement(prefix, false, new ViewBox(0, 0, width, height), null, null);
        return withAccessibleName(svg, prefix, width, height, title, description);
    }

    private static String withAccessibleName(String svg, String prefix, int width, int height, String title,
                                             String description) {
        int tagEnd = svg.indexOf('>');
        if (!svg.startsWith("<svg") || tagEnd < 0) {
            throw new IllegalStateException("unexpected SVG output: " + svg.substring(0, Math.min(40, svg.length())));
        }
        String titleId = prefix + "-title";
        String descId = prefix + "-desc";
        return svg.substring(0, tagEnd)
                + " width=\"" + width + "\" height=\"" + height + "\""
                + " role=\"img\" aria-labelledby=\"" + titleId + "\" aria-describedby=\"" + descId + "\">"
                + "<title id=\"" + titleId + "\">" + escape(title) + "</title>"
                + "<desc id=\"" + descId + "\">" + escape(description) + "</desc>"
                + svg.substring(tagEnd + 1);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
