package org.headroom.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether the practice admin requires two-factor sign-in for every account (a practice setting). */
@Component
class TwoFactorPolicy {

    static final String SETTING = "two-factor-required";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TwoFactorPolicy(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean requiredForEveryone() {
        List<String> value =
                jdbc.queryForList("select value from practice_setting where name = ?", String.class, SETTING);
        return !value.isEmpty() && Boolean.parseBoolean(value.getFirst());
    }

    void setRequiredForEveryone(boolean required, long userId) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update practice_setting set value = ?, updated_at = ?, updated_by = ? where name = ?",
                Boolean.toString(required),
                now,
                userId,
                SETTING);
        if (updated == 0) {
            jdbc.update(
                    "insert into practice_setting (name, value, updated_at, updated_by) values (?, ?, ?, ?)",
                    SETTING,
                    Boolean.toString(required),
                    now,
                    userId);
        }
    }
}
