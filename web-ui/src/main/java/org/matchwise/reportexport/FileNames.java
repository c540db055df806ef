package org.matchwise.reportexport;

import java.text.Normalizer;
import java.util.Locale;

/** File names that are safe in a Content-Disposition header and in a ZIP: ASCII letters, digits and dashes. */
final class FileNames {

    private FileNames() {
    }

    /** Letters that do not decompose into a base letter and a mark. */
    private static final String[][] LETTERS = {{"Ł", "L"}, {"ł", "l"}, {"Ø", "O"}, {"ø", "o"}, {"Đ", "D"}, {"đ", "d"},
        {"ß", "ss"}, {"Æ", "AE"}, {"æ", "ae"}, {"Œ", "OE"}, {"œ", "oe"}, {"Þ", "Th"}, {"þ", "th"}, {"ı", "i"}};

    static String slug(String text) {
        String s = text == null ? "" : text;
        for (String[] letter : LETTERS) {
            s = s.replace(letter[0], letter[1]);
        }
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "applicant" : slug;
    }
}
