package org.matchwise.base;

/**
 * Guards exported CSV cells against formula injection (OWASP "CSV Injection"): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote, so
 * a spreadsheet shows it as text instead of running it. The roster import removes exactly that quote again,
 * so an exported cohort re-imports unchanged.
 */
public final class CsvCells {

    private CsvCells() {
    }

    static boolean dangerous(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The cell as it is safe to write; null becomes the empty cell. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return dangerous(value.charAt(0)) ? "'" + value : value;
    }

    /** Undoes {@link #safe}: a leading quote followed by a dangerous character is dropped. */
    public static String unescape(String value) {
        if (value.length() >= 2 && value.charAt(0) == '\'' && dangerous(value.charAt(1))) {
            return value.substring(1);
        }
        return value;
    }
}
