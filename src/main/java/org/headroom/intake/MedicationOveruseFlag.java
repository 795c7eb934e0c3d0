package org.headroom.intake;

import org.headroom.base.clinical.AcuteMedicationClass;

/**
 * The medication-overuse pattern as reported at intake: flagged for referral, not a diagnosis.
 * Carries the figures and thresholds so that the screen can say which rule fired.
 *
 * @param durationConfirmed whether the client confirmed the pattern has lasted more than 3 months
 */
public record MedicationOveruseFlag(
        int headacheDays,
        int headacheDaysThreshold,
        AcuteMedicationClass medicationClass,
        int medicationDays,
        int medicationDaysThreshold,
        boolean durationConfirmed) {}
