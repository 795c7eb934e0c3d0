package org.headroom.reporting;

import java.util.List;
import org.headroom.diary.PeriodFigures;

/**
 * Diary figures per 28 days in the chosen range against the baseline period.
 *
 * @param compared the complete periods after the baseline that fall in the chosen range
 * @param responder headache days fell by at least the responder threshold (50 percent by default)
 */
public record DiaryOutcome(
        PeriodFigures baseline,
        List<PeriodFigures> compared,
        Change headacheDays,
        Change migraineDays,
        Change meanIntensity,
        Change acuteMedicationDays,
        boolean responder) {}
