package org.headroom.base.clinical;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Clinical thresholds that sources state differently or that a practice may want to tune; each
 * default is the value in clinical-reference.md. Set as {@code headroom.clinical.*}.
 *
 * @param medicationOveruse the medication-overuse headache pattern ("Medication-overuse headache")
 */
@ConfigurationProperties("headroom.clinical")
public record ClinicalSettings(@DefaultValue MedicationOveruse medicationOveruse) {

    /**
     * Headache on {@code headacheDays} or more days a month for more than 3 months, with triptans,
     * ergots, opioids or combination analgesics on {@code specificMedicationDays} or more days, or
     * simple analgesics or NSAIDs on {@code simpleMedicationDays} or more days.
     */
    public record MedicationOveruse(
            @DefaultValue("15") int headacheDays,
            @DefaultValue("10") int specificMedicationDays,
            @DefaultValue("15") int simpleMedicationDays) {

        public int medicationDaysFor(AcuteMedicationClass medicationClass) {
            return medicationClass.isSpecific() ? specificMedicationDays : simpleMedicationDays;
        }
    }

    public static ClinicalSettings defaults() {
        return new ClinicalSettings(new MedicationOveruse(15, 10, 15));
    }
}
