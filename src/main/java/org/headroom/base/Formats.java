package org.headroom.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and figures as a UK reader expects them, e.g. "21 Nov 2026", on screen and on paper alike. */
public final class Formats {

    public static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", LOCALE);

    private Formats() {}

    /** Day and month only, e.g. "21 Nov", for chart axes where the year is plain from the context. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /**
     * A change to one decimal with its sign, e.g. "+1.5" or "-3", or a dash when there is none. A
     * whole number has no ".0": day counts read as days.
     */
    public static String signed(Double value) {
        if (value == null) {
            return "—";
        }
        String text = wholeWithoutPoint(String.format(LOCALE, "%+.1f", value));
        return text.equals("+0") || text.equals("-0") ? "0" : text;
    }

    /** A percent change, whole, with its sign, e.g. "-63 %", or a dash when there is none. */
    public static String percent(Double value) {
        if (value == null) {
            return "—";
        }
        String text = String.format(LOCALE, "%+.0f", value);
        return (text.equals("+0") || text.equals("-0") ? "0" : text) + " %";
    }

    /** A whole number without sign, e.g. a size of change "63", or a dash when there is none. */
    public static String whole(Double value) {
        return value == null ? "—" : String.format(LOCALE, "%.0f", value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** A figure to one decimal, e.g. "4.3", a whole one without ".0", e.g. "12", or a dash when there is none. */
    public static String decimal(Double value) {
        return value == null ? "—" : wholeWithoutPoint(String.format(LOCALE, "%.1f", value));
    }

    private static String wholeWithoutPoint(String text) {
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** An optional value, or a dash so that an empty field reads as deliberately empty. */
    public static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
