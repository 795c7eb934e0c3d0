package org.headroom.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A HIT-6 assessment: the total and its band, and the six answers when they were entered.
 *
 * @param items the six answers, or null when only the total was entered
 */
public record Hit6Result(
        long id,
        LocalDate assessedOn,
        List<Integer> items,
        int total,
        Hit6Band band,
        long recordedBy,
        Instant recordedAt,
        boolean clientReported) {}
