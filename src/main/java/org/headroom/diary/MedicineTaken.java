package org.headroom.diary;

import org.headroom.base.clinical.AcuteMedicationClass;

/**
 * Acute medicine taken for an attack, on the calendar day it was taken: ICHD-3 8.2 counts days of
 * intake, so a dose on the second day of a long attack counts on that day (docs/clinical-rules.md,
 * "Medication-overuse headache").
 *
 * @param medicationClass null for a medicine recorded without its class (counted as a medicine day
 *     but in neither kind)
 */
public record MedicineTaken(java.time.LocalDate takenOn, String name, AcuteMedicationClass medicationClass, int doses) {

    /** Counts towards acute-medication days: a dose of something other than "none". */
    public boolean counts() {
        return doses > 0 && medicationClass != AcuteMedicationClass.NONE;
    }
}
