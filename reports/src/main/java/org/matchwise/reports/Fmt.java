package org.matchwise.reports;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Locale-aware formatting for the templates ({@code ${fmt.date(x)}}). Public only because the
 * template expression language calls it; created by the renderer per render.
 */
public final class Fmt {

    private final DateTimeFormatter date;
    private final DateTimeFormatter month;
    private final Locale locale;
    private final String dash;

    Fmt(Locale locale, String dash) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        this.dash = dash;
    }

    /** A date such as "Jun 28, 2026"; a dash for none. */
    public String date(LocalDate value) {
        return value == null ? dash : date.format(value);
    }

    /** A month such as "Jun 2026"; a dash for none. */
    public String month(LocalDate value) {
        return value == null ? dash : month.format(value);
    }

    /** Months with one decimal, e.g. "4.5". */
    public String months(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    /** A whole number or a dash for none. */
    public String num(Number value) {
        return value == null ? dash : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share such as "42%". */
    public String percent(int part, int whole) {
        return whole == 0 ? dash : NumberFormat.getPercentInstance(locale).format((double) part / whole);
    }
}
