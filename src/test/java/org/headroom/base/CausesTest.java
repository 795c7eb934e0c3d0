package org.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void finds_a_cause_however_deep_it_is_wrapped_and_only_when_it_is_there() {
        SQLException driver = new SQLException("Deadlock found", "40001", 1213);
        RuntimeException wrapped = new IllegalStateException("outer", new RuntimeException("middle", driver));
        assertThat(Causes.any(wrapped, SQLException.class::isInstance)).isTrue();
        assertThat(Causes.any(wrapped, t -> t instanceof SQLException sql && sql.getErrorCode() == 1213))
                .isTrue();
        assertThat(Causes.any(wrapped, t -> t instanceof SQLException sql && sql.getErrorCode() == 1062))
                .isFalse();
        assertThat(Causes.any(new RuntimeException("alone"), SQLException.class::isInstance))
                .isFalse();
    }
}
