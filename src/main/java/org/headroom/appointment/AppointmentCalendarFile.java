package org.headroom.appointment;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.Date;
import java.util.TimeZone;

/**
 * The calendar file attached to a message about one appointment (RFC 5545 with the scheduling
 * methods of RFC 5546): METHOD REQUEST for a booking or a change, CANCEL for a cancellation; the
 * same UID throughout, SEQUENCE raised with each change, DTSTAMP, and DTSTART and DTEND in the
 * practice's zone, whose VTIMEZONE is written from the zone's own rules so that Outlook, which needs
 * one, imports it too.
 */
final class AppointmentCalendarFile {

    private AppointmentCalendarFile() {}

    /** What the file says; {@code organizerEmail} is the practice's address. */
    record Event(
            long appointmentId,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            String organizerName,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail) {}

    static String write(Event e, boolean cancel, ZoneId zone, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Headroom//Appointment book//EN");
        calendar.setMethod(cancel ? Method.cancel() : Method.request());
        VEvent event = new VEvent();
        event.setUid(uid(e.appointmentId()));
        event.setDateTimeStamp(Date.from(now));
        event.setSequence(e.sequence());
        event.setDateStart(Date.from(e.start()));
        event.setDateEnd(Date.from(e.end()));
        event.setSummary(e.summary());
        if (e.location() != null && !e.location().isBlank()) {
            event.setLocation(e.location());
        }
        event.setDescription(e.description());
        Organizer organizer = new Organizer(parameter(e.organizerName()), e.organizerEmail());
        event.setOrganizer(organizer);
        Attendee attendee = new Attendee(parameter(e.attendeeName()), e.attendeeEmail());
        attendee.setRsvp(false);
        event.addAttendee(attendee);
        event.setStatus(cancel ? Status.cancelled() : Status.confirmed());
        calendar.addEvent(event);
        calendar.getTimezoneInfo()
                .setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), timezone(zone, now)));
        return Biweekly.write(calendar).go();
    }

    /** A name as a parameter value (CN) may hold it: no double quotes or line breaks (RFC 5545, 3.1). */
    static String parameter(String name) {
        return name == null
                ? null
                : name.replace('"', '\'').replaceAll("[\r\n]+", " ").strip();
    }

    static String uid(long appointmentId) {
        return "appointment-" + appointmentId + "@headroom";
    }

    /** The zone's current rules as a VTIMEZONE: its yearly changes, or one fixed offset. */
    static VTimezone timezone(ZoneId zone, Instant now) {
        VTimezone timezone = new VTimezone(zone.getId());
        var rules = zone.getRules();
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getOffset(now);
            StandardTime standard = new StandardTime();
            standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            standard.setTimezoneOffsetFrom(offset(offset));
            standard.setTimezoneOffsetTo(offset(offset));
            timezone.addStandardTime(standard);
            return timezone;
        }
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            boolean summer = rule.getOffsetAfter().getTotalSeconds()
                    > rule.getStandardOffset().getTotalSeconds();
            Observance observance = summer ? new DaylightSavingsTime() : new StandardTime();
            // The local wall time of the change, as it is before the change.
            LocalDateTime change = rule.createTransition(1970).getDateTimeBefore();
            observance.setDateStart(new DateTimeComponents(
                    1970,
                    change.getMonthValue(),
                    change.getDayOfMonth(),
                    change.getHour(),
                    change.getMinute(),
                    0,
                    false));
            observance.setTimezoneOffsetFrom(offset(rule.getOffsetBefore()));
            observance.setTimezoneOffsetTo(offset(rule.getOffsetAfter()));
            observance.setRecurrenceRule(recurrence(rule));
            if (observance instanceof DaylightSavingsTime d) {
                timezone.addDaylightSavingsTime(d);
            } else {
                timezone.addStandardTime((StandardTime) observance);
            }
        }
        return timezone;
    }

    private static Recurrence recurrence(ZoneOffsetTransitionRule rule) {
        Recurrence.Builder builder =
                new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
        DayOfWeek weekday = rule.getDayOfWeek();
        int indicator = rule.getDayOfMonthIndicator();
        if (weekday == null) {
            return builder.byMonthDay(indicator).build();
        }
        biweekly.util.DayOfWeek day = biweekly.util.DayOfWeek.valueOf(weekday.name());
        if (indicator < 0) {
            // The last such weekday of the month (or the one before the -nth day).
            return indicator == -1
                    ? builder.byDay(-1, day).build()
                    : builder.byDay(day).byMonthDay(range(indicator, -6)).build();
        }
        if (indicator + 6 == rule.getMonth().maxLength()) {
            return builder.byDay(-1, day).build(); // on or after the 25th of a 31-day month: the last
        }
        // The first such weekday on or after the given day of the month.
        return builder.byDay(day).byMonthDay(range(indicator, 6)).build();
    }

    private static Integer[] range(int from, int width) {
        Integer[] days = new Integer[7];
        for (int i = 0; i < 7; i++) {
            days[i] = width > 0 ? from + i : from - i;
        }
        return days;
    }

    private static UtcOffset offset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
