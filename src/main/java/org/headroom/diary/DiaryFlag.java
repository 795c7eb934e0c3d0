package org.headroom.diary;

import java.time.LocalDate;
import java.util.List;

/**
 * A pattern in the diary that calls for referral: flagged, never diagnosed. Names the rule that
 * fired, the periods that met it and whether it still holds; one that ended keeps its dates.
 *
 * @param periods the consecutive complete periods that met the rule, oldest first
 * @param current whether the run reaches the latest complete period
 */
public record DiaryFlag(
        Kind kind, List<PeriodFigures> periods, int headacheDaysThreshold, int otherThreshold, boolean current) {

    public enum Kind {
        /** Headache on 15+ days a month for more than 3 months, 8+ of them migraine days. */
        CHRONIC_MIGRAINE,
        /** Headache on 15+ days a month for more than 3 months with acute medication over its threshold. */
        MEDICATION_OVERUSE
    }

    public LocalDate from() {
        return periods.getFirst().start();
    }

    public LocalDate to() {
        return periods.getLast().end();
    }
}
