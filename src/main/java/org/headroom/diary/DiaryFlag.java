package org.headroom.diary;

import java.util.List;

/**
 * A pattern in the diary that calls for referral: flagged, never diagnosed. Names the rule that
 * fired and the periods it looked at.
 *
 * @param periods the consecutive complete periods that met the rule, oldest first
 */
public record DiaryFlag(Kind kind, List<PeriodFigures> periods, int headacheDaysThreshold, int otherThreshold) {

    public enum Kind {
        /** Headache on 15+ days a month for 3 months, 8+ of them migraine days. */
        CHRONIC_MIGRAINE,
        /** Headache on 15+ days a month for 3 months with acute medication over its threshold. */
        MEDICATION_OVERUSE
    }
}
