package org.headroom.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final RetentionSettings SETTINGS = new RetentionSettings(8, 25);

    @Test
    void an_adult_is_kept_eight_years_after_the_last_treatment() {
        assertThat(Retention.keepUntil(
                        LocalDate.of(1980, 5, 1), LocalDate.of(2019, 1, 10), LocalDate.of(2020, 3, 1), SETTINGS))
                .isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void a_client_treated_as_a_child_is_kept_until_25_when_that_is_later() {
        // First treated at 10, last at 11: 8 years after is 2029-06-01, the 25th birthday 2035-01-01.
        assertThat(Retention.keepUntil(
                        LocalDate.of(2010, 1, 1), LocalDate.of(2020, 2, 1), LocalDate.of(2021, 6, 1), SETTINGS))
                .isEqualTo(LocalDate.of(2035, 1, 1));
        // Treated at 17 and last at 30: the 8 years after are later than 25.
        assertThat(Retention.keepUntil(
                        LocalDate.of(1990, 1, 1), LocalDate.of(2007, 6, 1), LocalDate.of(2020, 6, 1), SETTINGS))
                .isEqualTo(LocalDate.of(2028, 6, 1));
    }
}
