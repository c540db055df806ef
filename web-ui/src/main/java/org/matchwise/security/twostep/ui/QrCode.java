package org.matchwise.security.twostep.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.Svg;
import java.util.Map;

/**
 * An {@code otpauth://} key as a QR code for an authenticator app to scan: encoded by ZXing, drawn on the server as
 * SVG (one square per dark module, with the standard four-module quiet zone), so no browser script or image file
 * is involved.
 */
final class QrCode {

    private QrCode() {
    }

    /** The code of {@code text} as an SVG image of {@code sizePx} square pixels, described by {@code label}. */
    static Svg of(String text, String label, int sizePx) {
        BitMatrix matrix;
        try {
            // width and height 0: one unit per module; the SVG scales it
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("an otpauth URI does not fit a QR code", e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return new Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + sizePx + "\" height=\"" + sizePx + "\" shape-rendering=\"crispEdges\" role=\"img\""
                + " aria-label=\"" + escape(label) + "\"><rect width=\"" + width + "\" height=\"" + height
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
