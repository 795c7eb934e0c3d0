package org.headroom.diary;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The client's own diary: how many days back a missed day can be filled in, how many wrong dates
 * of birth stop a personal link, how long a remembered device stays remembered, after how many
 * missed days a reminder nudges, and the HIT-6 item wording of the practice's licensed form (Headroom
 * ships none: docs/instruments.md).
 *
 * @param hit6Items the six questions of the practice's licensed HIT-6 form, in order; empty means
 *     clients cannot answer HIT-6 on their diary pages
 */
@ConfigurationProperties("headroom.client-diary")
public record ClientDiarySettings(
        @DefaultValue("7") int daysBack,
        @DefaultValue("5") int maxWrongAnswers,
        @DefaultValue("400d") Duration deviceLifetime,
        @DefaultValue("3") int nudgeAfterMissedDays,
        @DefaultValue List<String> hit6Items) {

    public boolean hit6Licensed() {
        return hit6Items != null && hit6Items.size() == 6 && hit6Items.stream().noneMatch(String::isBlank);
    }
}
