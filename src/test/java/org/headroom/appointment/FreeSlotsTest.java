package org.headroom.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Free times from working hours, breaks, days off, buffers, notice and horizon, on ordinary days and
 * on both clock-change days; and the calendar file's time zone written from the zone's rules.
 */
class FreeSlotsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AppointmentTypeInfo HOUR = new AppointmentTypeInfo(1, "Follow-up", 60, 15, "#000000", true);

    private static List<LocalDateTime> free(
            List<WorkingStretch> week, List<DaysOff> off, List<BusyTime> busy, LocalDate day, Instant earliest) {
        return FreeSlots.of(7, week, off, busy, HOUR, day, day, earliest, earliest.plusSeconds(86400L * 60), LONDON, 15)
                .stream()
                .map(FreeSlots.Slot::start)
                .toList();
    }

    @Test
    void an_all_day_stretch_late_in_the_evening_ends_rather_than_wrapping_past_midnight() {
        // Every time of the day lies before the notice: the loop used to wrap to 00:00 and spin.
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        List<WorkingStretch> week = new java.util.ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            week.add(new WorkingStretch(d, LocalTime.MIDNIGHT, LocalTime.of(23, 55)));
        }
        Instant lateEvening = sunday.atTime(23, 50).atZone(LONDON).toInstant();
        List<LocalDateTime> times = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> FreeSlots.of(
                                7,
                                week,
                                List.of(),
                                List.of(),
                                HOUR,
                                sunday,
                                sunday.plusDays(1),
                                lateEvening,
                                lateEvening.plusSeconds(86400L * 60),
                                LONDON,
                                15)
                        .stream()
                        .map(FreeSlots.Slot::start)
                        .toList());
        assertThat(times).noneMatch(t -> t.toLocalDate().equals(sunday));
        assertThat(times).first().isEqualTo(sunday.plusDays(1).atTime(0, 0));
        assertThat(times).last().isEqualTo(sunday.plusDays(1).atTime(22, 45));
    }

    @Test
    void hours_with_a_break_a_day_off_a_buffer_and_the_notice() {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        List<WorkingStretch> week = List.of(
                new WorkingStretch(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WorkingStretch(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(15, 0)));
        Instant early = monday.minusDays(1).atStartOfDay(LONDON).toInstant();
        BusyTime held = new BusyTime(
                1,
                7,
                monday.atTime(10, 0).atZone(LONDON).toInstant(),
                monday.atTime(11, 15).atZone(LONDON).toInstant());
        BusyTime others = new BusyTime(
                2,
                8,
                monday.atTime(13, 0).atZone(LONDON).toInstant(),
                monday.atTime(15, 0).atZone(LONDON).toInstant());
        assertThat(free(week, List.of(), List.of(held, others), monday, early))
                .containsExactly(
                        // 9:00 would run its buffer into 10:00; 11:15 would end after 12:00
                        monday.atTime(13, 0),
                        monday.atTime(13, 15),
                        monday.atTime(13, 30),
                        monday.atTime(13, 45),
                        monday.atTime(14, 0));
        assertThat(free(week, List.of(), List.of(), monday.plusDays(1), early))
                .as("Tuesday not worked")
                .isEmpty();
        assertThat(free(week, List.of(new DaysOff(1L, monday, monday, "Training")), List.of(), monday, early))
                .isEmpty();
        assertThat(free(
                        week,
                        List.of(),
                        List.of(),
                        monday,
                        monday.atTime(13, 10).atZone(LONDON).toInstant()))
                .as("not before the earliest (the notice)")
                .first()
                .isEqualTo(monday.atTime(13, 15));
    }

    @Test
    void the_clock_change_days() {
        LocalDate spring = LocalDate.of(2027, 3, 28); // 01:00 becomes 02:00
        LocalDate autumn = LocalDate.of(2027, 10, 31); // 02:00 becomes 01:00
        List<WorkingStretch> sundays =
                List.of(new WorkingStretch(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(4, 0)));
        Instant early = spring.minusDays(10).atStartOfDay(LONDON).toInstant();
        List<LocalDateTime> springTimes = free(sundays, List.of(), List.of(), spring, early);
        assertThat(springTimes)
                .as("the skipped hour is not offered")
                .noneMatch(t -> t.getHour() == 1)
                .contains(spring.atTime(0, 0), spring.atTime(2, 0), spring.atTime(3, 0));
        early = autumn.minusDays(10).atStartOfDay(LONDON).toInstant();
        List<LocalDateTime> autumnTimes = free(sundays, List.of(), List.of(), autumn, early);
        assertThat(autumnTimes).contains(autumn.atTime(1, 0), autumn.atTime(3, 0));
        // An appointment held from the first 01:00 (BST) for 75 minutes blocks the local times it covers.
        Instant firstOne =
                autumn.atTime(1, 0).atZone(LONDON).withEarlierOffsetAtOverlap().toInstant();
        BusyTime held = new BusyTime(1, 7, firstOne, firstOne.plusSeconds(75 * 60));
        assertThat(free(sundays, List.of(), List.of(held), autumn, early))
                .as("held 01:00 BST to 01:15 GMT; a local 01:30 is taken as its first (BST) time, so blocked")
                .doesNotContain(autumn.atTime(0, 0), autumn.atTime(1, 0), autumn.atTime(1, 30))
                .contains(autumn.atTime(2, 0));
    }

    @Test
    void the_calendar_file_carries_the_zones_own_rules() {
        Instant now = Instant.parse("2027-01-10T12:00:00Z");
        String ics = AppointmentCalendarFile.write(
                new AppointmentCalendarFile.Event(
                        42,
                        3,
                        Instant.parse("2027-07-01T09:00:00Z"),
                        Instant.parse("2027-07-01T10:00:00Z"),
                        "Follow-up with Anna (Practice)",
                        "1 High Street",
                        "With Anna",
                        "Practice",
                        "practice@example.org",
                        "Nora",
                        "nora@example.org"),
                false,
                LONDON,
                now);
        assertThat(ics.replace("\r\n", "\n"))
                .contains("METHOD:REQUEST", "UID:appointment-42@headroom", "SEQUENCE:3")
                .contains("DTSTART;TZID=Europe/London:20270701T100000", "DTEND;TZID=Europe/London:20270701T110000")
                .contains(
                        "BEGIN:DAYLIGHT",
                        "TZOFFSETFROM:+0000",
                        "TZOFFSETTO:+0100",
                        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")
                .contains("BEGIN:STANDARD", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")
                .contains("DTSTAMP:20270110T120000Z", "ORGANIZER;CN=Practice:mailto:practice@example.org");
        var event = Biweekly.parse(ics).first().getEvents().getFirst();
        String quoted = AppointmentCalendarFile.write(
                new AppointmentCalendarFile.Event(
                        43,
                        0,
                        Instant.parse("2027-07-01T09:00:00Z"),
                        Instant.parse("2027-07-01T10:00:00Z"),
                        "Follow-up",
                        "",
                        "With Anna",
                        "The \"Calm\" Practice",
                        "practice@example.org",
                        "Nora \"<script>\"\nX",
                        "nora@example.org"),
                true,
                LONDON,
                now);
        assertThat(quoted)
                .as("names with quotes and line breaks still make a valid file")
                .contains("METHOD:CANCEL", "CN=Nora '<script>' X:mailto:nora@example.org");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-07-01T09:00:00Z"));
    }
}
