package org.headroom.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The times a therapist can be booked for an appointment type: within a working stretch (the
 * appointment ends by the stretch's end), not on a day off, and with the appointment and its buffer
 * clear of every time already held. Times step by {@code stepMinutes} from each stretch's start,
 * are local to the practice's zone (a local time the spring change skips is not offered; one that
 * happens twice is the first), and are offered only between {@code earliest} (the minimum notice)
 * and {@code latest} (the booking horizon). Pure: the caller reads hours, days off and held time in
 * one go for all therapists.
 */
final class FreeSlots {

    private FreeSlots() {}

    /** One bookable time. */
    record Slot(long therapistId, LocalDateTime start) {}

    static List<Slot> of(
            long therapistId,
            Collection<WorkingStretch> hours,
            Collection<DaysOff> daysOff,
            Collection<BusyTime> busy,
            AppointmentTypeInfo type,
            LocalDate firstDay,
            LocalDate lastDay,
            Instant earliest,
            Instant latest,
            ZoneId zone,
            int stepMinutes) {
        List<BusyTime> held = busy.stream()
                .filter(b -> b.therapistId() == therapistId)
                .sorted(java.util.Comparator.comparing(BusyTime::from))
                .toList();
        List<WorkingStretch> stretches = hours.stream()
                .sorted(java.util.Comparator.comparing(WorkingStretch::starts))
                .toList();
        long duration = type.durationMinutes() * 60L;
        long blocked = (type.durationMinutes() + (long) type.bufferMinutes()) * 60L;
        List<Slot> slots = new ArrayList<>();
        int first = 0; // held time before this is over: candidates only move forward
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            LocalDate d = day;
            if (daysOff.stream().anyMatch(off -> off.covers(d))) {
                continue;
            }
            // On a day without a clock change one offset does for every time of it.
            java.time.ZoneOffset morning = zone.getRules().getOffset(day.atStartOfDay());
            java.time.ZoneOffset steady =
                    morning.equals(zone.getRules().getOffset(day.atTime(LocalTime.MAX))) ? morning : null;
            for (WorkingStretch stretch : stretches) {
                if (stretch.day() != day.getDayOfWeek()) {
                    continue;
                }
                Instant stretchEnd = instant(day, stretch.ends(), zone);
                // A time past midnight ends the day (a stretch from 00:00 would otherwise wrap
                // round and, with every time of the day skipped, never end).
                for (LocalTime time = stretch.starts();
                        time != null && time.isBefore(stretch.ends());
                        time = later(time, stepMinutes)) {
                    LocalDateTime local = day.atTime(time);
                    Instant start;
                    if (steady != null) {
                        start = local.toInstant(steady);
                    } else if (zone.getRules().getValidOffsets(local).isEmpty()) {
                        continue;
                    } else {
                        start = instant(day, time, zone);
                    }
                    if (start.isBefore(earliest) || start.isAfter(latest)) {
                        continue;
                    }
                    if (start.plusSeconds(duration).isAfter(stretchEnd)) {
                        break;
                    }
                    Instant until = start.plusSeconds(blocked);
                    while (first < held.size() && !held.get(first).until().isAfter(start)) {
                        first++;
                    }
                    if (clear(held, first, start, until)) {
                        slots.add(new Slot(therapistId, local));
                    }
                }
            }
        }
        return slots;
    }

    /** The next step of the day, or null past midnight. */
    private static LocalTime later(LocalTime time, int stepMinutes) {
        LocalTime next = time.plusMinutes(stepMinutes);
        return next.isAfter(time) ? next : null;
    }

    /** Whether no held time from index {@code first} on (sorted by start) overlaps [from, until). */
    private static boolean clear(List<BusyTime> held, int first, Instant from, Instant until) {
        for (int i = first; i < held.size(); i++) {
            BusyTime b = held.get(i);
            if (!b.from().isBefore(until)) {
                return true;
            }
            if (b.until().isAfter(from)) {
                return false;
            }
        }
        return true;
    }

    /** The instant of a local time; of a time that happens twice (the autumn change), the first. */
    static Instant instant(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.ofLocal(day.atTime(time), zone, null)
                .withEarlierOffsetAtOverlap()
                .toInstant();
    }
}
