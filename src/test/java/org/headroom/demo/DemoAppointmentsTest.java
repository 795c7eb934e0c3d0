package org.headroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The demo book's times never overlap, so the book refuses none of them. */
class DemoAppointmentsTest {

    private static final int FIRST_VISIT = 90 + 15;
    private static final int FOLLOW_UP = 60 + 15;

    @Test
    void a_first_visit_at_nine_moves_a_later_pick_of_half_past_ten_on() {
        List<LocalTime[]> taken = new ArrayList<>();
        assertThat(DemoAppointments.freeTime(taken, 0, FIRST_VISIT)).isEqualTo(LocalTime.of(9, 0));
        assertThat(DemoAppointments.freeTime(taken, 1, FOLLOW_UP)).isEqualTo(LocalTime.of(14, 0));
        assertThat(DemoAppointments.freeTime(taken, 0, FOLLOW_UP))
                .isEqualTo(LocalTime.of(14, 0).plusMinutes(90));
        assertThat(DemoAppointments.freeTime(taken, 0, FOLLOW_UP))
                .as("every time is reached")
                .isNull();
    }

    @Test
    void the_same_pick_twice_gives_two_times() {
        List<LocalTime[]> taken = new ArrayList<>();
        LocalTime one = DemoAppointments.freeTime(taken, 1, FOLLOW_UP);
        LocalTime two = DemoAppointments.freeTime(taken, 1, FOLLOW_UP);
        assertThat(one).isEqualTo(LocalTime.of(10, 30));
        assertThat(two).isNotEqualTo(one);
    }

    @Test
    void a_day_s_picks_never_overlap_whatever_the_draws() {
        Random random = new Random(7);
        for (int day = 0; day < 5_000; day++) {
            List<LocalTime[]> taken = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                int minutes = random.nextInt(7) == 0 ? FIRST_VISIT : FOLLOW_UP;
                List<LocalTime[]> before = new ArrayList<>(taken);
                if (DemoAppointments.freeTime(taken, (i * 2 + random.nextInt(2)) % 4, minutes) == null) {
                    for (LocalTime start : List.of(
                            LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(14, 0), LocalTime.of(15, 30))) {
                        assertThat(before)
                                .as("none found, so %s is reached", start)
                                .anyMatch(t -> start.isBefore(t[1]) && t[0].isBefore(start.plusMinutes(minutes)));
                    }
                }
            }
            for (int a = 0; a < taken.size(); a++) {
                for (int b = a + 1; b < taken.size(); b++) {
                    LocalTime[] x = taken.get(a);
                    LocalTime[] y = taken.get(b);
                    assertThat(x[0].isBefore(y[1]) && y[0].isBefore(x[1]))
                            .as("%s-%s and %s-%s overlap", x[0], x[1], y[0], y[1])
                            .isFalse();
                }
            }
        }
    }
}
