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
        boolean complete) {

    public boolean isBaseline() {
        return index == 0;
    }
}
