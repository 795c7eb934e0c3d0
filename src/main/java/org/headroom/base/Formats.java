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

    /** A change to one decimal with its sign, e.g. "+1.5" or "-3.0", or a dash when there is none. */
    public static String signed(Double value) {
        return value == null ? "—" : String.format(LOCALE, "%+.1f", value);
    }

    /** A percent change with its sign, e.g. "-62.5 %", or a dash when there is none. */
    public static String percent(Double value) {
        return value == null ? "—" : signed(value) + " %";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** A figure to one decimal, e.g. "4.3", or a dash when there is none. */
    public static String decimal(Double value) {
        return value == null ? "—" : String.format(LOCALE, "%.1f", value);
    }

    /** An optional value, or a dash so that an empty field reads as deliberately empty. */
    public static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
