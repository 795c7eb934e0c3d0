package org.headroom.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The appointment book: a therapist is never double-booked (the database refuses an overlap, even
 * two bookings racing for one slot), times stay right across both clock changes, cancelling frees
 * the time, and another therapist's appointments are not found.
 */
@IntegrationTest
class AppointmentServiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    AppointmentService book;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private long followUp() {
        return fixtures.runAs(ANNA, () -> book.types()).stream()
                .filter(t -> t.name().equals("Follow-up"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void an_overlap_with_another_appointment_or_its_buffer_is_refused_and_cancelling_frees_the_time() {
        ClientDetails a = fixtures.clientOf(ANNA, "Ann", Fixtures.unique("Book"));
        ClientDetails b = fixtures.clientOf(ANNA, "Bob", Fixtures.unique("Book"));
        LocalDate day = LocalDate.now(LONDON).plusYears(2).withMonth(6).withDayOfMonth(7);
        long type = followUp();
        AppointmentView first = fixtures.runAs(ANNA, () -> book.book(a.id(), type, day, LocalTime.of(10, 0)));
        assertThat(first.end()).isEqualTo(day.atTime(11, 0));

        for (LocalTime clash :
                List.of(LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(9, 5), LocalTime.of(11, 10))) {
            assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> book.book(b.id(), type, day, clash)))
                    .as("%s overlaps 10:00-11:00 or its 15 minutes after", clash)
                    .isInstanceOf(AppointmentTakenException.class);
        }
        assertThat(fixtures.runAs(ANNA, () -> book.book(b.id(), type, day, LocalTime.of(11, 15)))
                        .start())
                .as("after the buffer")
                .isEqualTo(day.atTime(11, 15));
        assertThat(fixtures.runAs(ANNA, () -> book.forClient(b.id()))).hasSize(1);

        fixtures.runAs(ANNA, () -> book.conclude(first.id(), first.version(), AppointmentStatus.CANCELLED));
        assertThat(fixtures.runAs(ANNA, () -> book.book(b.id(), type, day, LocalTime.of(9, 30)))
                        .start())
                .as("the cancelled time is free again")
                .isEqualTo(day.atTime(9, 30));

        assertThatThrownBy(() -> fixtures.runAs(BEN, () -> book.forClient(a.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fixtures.runAs(BEN, () -> book.conclude(first.id(), 1, AppointmentStatus.NO_SHOW)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(fixtures.runAs(BEN, () -> book.days(day, 1))).isEmpty();
    }

    @Test
    void two_people_booking_the_same_slot_at_the_same_moment_get_one_appointment() throws Exception {
        ClientDetails a = fixtures.clientOf(ANNA, "Cat", Fixtures.unique("Race"));
        ClientDetails b = fixtures.clientOf(ANNA, "Dan", Fixtures.unique("Race"));
        LocalDate day = LocalDate.now(LONDON).plusYears(2).withMonth(6).withDayOfMonth(14);
        long type = followUp();
        for (int round = 0; round < 5; round++) {
            LocalTime at = LocalTime.of(9 + round * 2, 0);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Object>> results = new ArrayList<>();
            for (ClientDetails client : List.of(a, b)) {
                Callable<Object> booking = () -> {
                    start.await();
                    try {
                        return fixtures.runAs(ANNA, () -> book.book(client.id(), type, day, at));
                    } catch (AppointmentTakenException e) {
                        return e;
                    }
                };
                results.add(pool.submit(booking));
            }
            pool.shutdown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes)
                    .filteredOn(AppointmentView.class::isInstance)
                    .as("round %d", round)
                    .hasSize(1);
            assertThat(outcomes)
                    .filteredOn(AppointmentTakenException.class::isInstance)
                    .hasSize(1);
        }
        Instant from = day.atStartOfDay(LONDON).toInstant();
        assertThat(jdbc.queryForObject(
                        "select count(*) from appointment where client_id in (?, ?) and starts_at >= ?",
                        Long.class,
                        a.id(),
                        b.id(),
                        java.sql.Timestamp.from(from)))
                .as("no appointment row is left behind by the refused booking")
                .isEqualTo(5);
    }

    @Test
    void times_stay_right_on_both_clock_change_days() {
        ClientDetails a = fixtures.clientOf(ANNA, "Eve", Fixtures.unique("Clock"));
        long type = followUp();
        // 2027: clocks go forward on 28 March (01:00 GMT -> 02:00 BST), back on 31 October.
        LocalDate spring = LocalDate.of(2027, 3, 28);
        LocalDate autumn = LocalDate.of(2027, 10, 31);
        AppointmentView morning = fixtures.runAs(ANNA, () -> book.book(a.id(), type, spring, LocalTime.of(9, 0)));
        assertThat(morning.start()).isEqualTo(spring.atTime(9, 0));
        assertThat(utcStart(morning)).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
        assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> book.book(a.id(), type, spring, LocalTime.of(1, 30))))
                .as("01:30 does not exist that night")
                .isInstanceOf(AppointmentRefusedException.class)
                .hasMessage("appointment.time.skipped");
        AppointmentView acrossSpring = fixtures.runAs(ANNA, () -> book.book(a.id(), type, spring, LocalTime.of(0, 30)));
        assertThat(acrossSpring.end())
                .as("60 minutes from 00:30 GMT end at 02:30 BST")
                .isEqualTo(spring.atTime(2, 30));

        AppointmentView autumnMorning = fixtures.runAs(ANNA, () -> book.book(a.id(), type, autumn, LocalTime.of(9, 0)));
        assertThat(utcStart(autumnMorning)).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
        AppointmentView acrossAutumn = fixtures.runAs(ANNA, () -> book.book(a.id(), type, autumn, LocalTime.of(0, 45)));
        assertThat(utcStart(acrossAutumn)).as("00:45 BST").isEqualTo(Instant.parse("2027-10-30T23:45:00Z"));
        assertThat(acrossAutumn.end())
                .as("60 minutes from 00:45 BST end at 01:45 BST, the first 01:45")
                .isEqualTo(autumn.atTime(1, 45));
        assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> book.book(a.id(), type, autumn, LocalTime.of(1, 0))))
                .as("01:00 BST (the first 01:00) is inside the 00:45 appointment and its buffer")
                .isInstanceOf(AppointmentTakenException.class);
        assertThat(fixtures.runAs(ANNA, () -> book.days(autumn, 1)))
                .extracting(AppointmentView::start)
                .containsExactly(autumn.atTime(0, 45), autumn.atTime(9, 0));
    }

    @Test
    void an_appointment_not_yet_started_cannot_be_marked_attended_and_a_stale_edit_is_refused() {
        ClientDetails a = fixtures.clientOf(ANNA, "Fay", Fixtures.unique("End"));
        long type = followUp();
        LocalDate later = LocalDate.now(LONDON).plusDays(10);
        AppointmentView v = fixtures.runAs(ANNA, () -> book.book(a.id(), type, later, LocalTime.of(14, 0)));
        assertThatThrownBy(() ->
                        fixtures.runAs(ANNA, () -> book.conclude(v.id(), v.version(), AppointmentStatus.ATTENDED)))
                .hasMessage("appointment.not-yet");
        AppointmentView moved =
                fixtures.runAs(ANNA, () -> book.move(v.id(), v.version(), type, later, LocalTime.of(15, 0)));
        assertThat(moved.start()).isEqualTo(later.atTime(15, 0));
        assertThatThrownBy(() ->
                        fixtures.runAs(ANNA, () -> book.move(v.id(), v.version(), type, later, LocalTime.of(16, 0))))
                .isInstanceOf(org.headroom.base.ConcurrentEditException.class);
        AppointmentView late = fixtures.runAs(
                ANNA, () -> book.conclude(moved.id(), moved.version(), AppointmentStatus.LATE_CANCELLATION));
        assertThat(late.status()).isEqualTo(AppointmentStatus.LATE_CANCELLATION);
        assertThat(fixtures.runAs(ANNA, () -> book.book(a.id(), type, later, LocalTime.of(15, 0)))
                        .start())
                .isEqualTo(later.atTime(15, 0));
    }

    private static Instant utcStart(AppointmentView v) {
        return v.start().atZone(LONDON).withEarlierOffsetAtOverlap().toInstant();
    }
}
