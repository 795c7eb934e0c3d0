package org.headroom.diary;

import java.time.LocalDate;

/**
 * The diary figures of one 28-day period (the usual trial unit; docs/clinical-rules.md, "Derived
 * figures per 28-day period"). Means are rounded to one decimal here, once, so that the screen and every report
 * show the same numbers.
 *
 * @param index 0 for the baseline period, negative before it, positive after
 * @param recordedDays days with a diary line (an attack or a confirmed headache-free day)
 * @param complete whether the period has ended
 * @param enoughDiary whether enough of its days are recorded for its figures to count
 *     (docs/clinical-rules.md, "Diary completeness"); otherwise it shows "not enough diary"
 */
public record PeriodFigures(
        int index,
        LocalDate start,
        LocalDate end,
        int headacheDays,
        int migraineDays,
        int attacks,
        Double meanPeakIntensity,
        Double meanDurationHours,
        int acuteMedicationDays,
        int specificMedicationDays,
        int simpleMedicationDays,
        int recordedDays,
        boolean complete,
        boolean enoughDiary) {

    /** Enough diary and ended: a period that comparisons and patterns may use. */
    public boolean counts() {
        return complete && enoughDiary;
    }

    public boolean isBaseline() {
        return index == 0;
    }
}
