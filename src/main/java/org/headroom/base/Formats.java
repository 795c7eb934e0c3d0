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

    private Formats() {}

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
