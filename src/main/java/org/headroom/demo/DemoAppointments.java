package org.headroom.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentStatus;
import org.headroom.appointment.AppointmentTypeInfo;
import org.headroom.appointment.AppointmentView;
import org.headroom.appointment.WorkingHoursService;
import org.headroom.appointment.WorkingStretch;
import org.springframework.stereotype.Component;

/**
 * The demo therapist's appointment book, through the same services a therapist uses: a working week
 * with a lunch break, a day off next month, the last two weeks attended (one missed, one cancelled
 * late), today's appointments, and the next two weeks booked.
 */
@Component
class DemoAppointments {

    private static final LocalTime[] TIMES = {
        LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(14, 0), LocalTime.of(15, 30)
    };

    private final WorkingHoursService hours;
    private final AppointmentService book;
    private final Clock clock;

    DemoAppointments(WorkingHoursService hours, AppointmentService book, Clock clock) {
        this.hours = hours;
        this.book = book;
        this.clock = clock;
    }

    /** Runs as the therapist. */
    void add(List<Long> clientIds, Random random) {
        List<WorkingStretch> week = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(new WorkingStretch(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
            week.add(new WorkingStretch(
                    day, LocalTime.of(13, 30), day == DayOfWeek.FRIDAY ? LocalTime.of(16, 0) : LocalTime.of(17, 30)));
        }
        hours.setWeek(week);
        LocalDate today = LocalDate.now(clock);
        LocalDate off = today.plusWeeks(4).with(DayOfWeek.MONDAY);
        hours.addDaysOff(off, off.plusDays(1), "Training course");
        List<AppointmentTypeInfo> types = book.types();
        AppointmentTypeInfo followUp = types.getLast();
        AppointmentTypeInfo first = types.getFirst();
        int next = 0;
        for (LocalDate day = today.minusDays(14); !day.isAfter(today.plusDays(14)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5 || (!day.isBefore(off) && !day.isAfter(off.plusDays(1)))) {
                continue;
            }
            int count = day.equals(today) ? 3 : 1 + random.nextInt(2);
            List<LocalTime[]> taken = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long clientId = clientIds.get(next++ % clientIds.size());
                AppointmentTypeInfo type = next % 7 == 0 ? first : followUp;
                LocalTime time = freeTime(
                        taken,
                        (i * 2 + random.nextInt(2)) % TIMES.length,
                        type.durationMinutes() + type.bufferMinutes());
                if (time == null) {
                    continue;
                }
                AppointmentView booked = book.book(clientId, type.id(), day, time);
                if (day.isBefore(today)) {
                    AppointmentStatus end = next % 11 == 0
                            ? AppointmentStatus.NO_SHOW
                            : next % 13 == 0 ? AppointmentStatus.LATE_CANCELLATION : AppointmentStatus.ATTENDED;
                    book.conclude(booked.id(), booked.version(), end);
                }
            }
        }
    }

    /**
     * The first of the demo's times, from the given one on, that no appointment already taken that
     * day reaches into (a first visit and its buffer run past the next of the times), taken for
     * {@code minutes}; none when every time is reached. The book would refuse an overlapping time,
     * and the database log the refused slot as a duplicate key.
     */
    static LocalTime freeTime(List<LocalTime[]> taken, int from, int minutes) {
        for (int tried = 0; tried < TIMES.length; tried++) {
            LocalTime start = TIMES[(from + tried) % TIMES.length];
            LocalTime end = start.plusMinutes(minutes);
            if (taken.stream().noneMatch(t -> start.isBefore(t[1]) && t[0].isBefore(end))) {
                taken.add(new LocalTime[] {start, end});
                return start;
            }
        }
        return null;
    }
}
