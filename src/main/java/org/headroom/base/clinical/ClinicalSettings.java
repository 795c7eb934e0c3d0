package org.headroom.base.clinical;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Clinical thresholds that sources state differently or that a practice may want to tune; each
 * default is the value in docs/clinical-rules.md. Set as {@code headroom.clinical.*}.
 *
 * @param medicationOveruse the medication-overuse headache pattern ("Medication-overuse headache")
 * @param chronicMigraine the chronic-migraine pattern ("Chronic migraine")
 * @param periodDays the period that diary figures are counted over: 28 days, the usual trial unit
 * @param patternPeriods how many consecutive periods make "more than 3 months" for the patterns:
 *     4 periods of 28 days (112 days) are the fewest whole periods longer than any 3 calendar
 *     months (92 days at most); 3 periods are only 84 days
 * @param minRecordedPercent the share of a period's days that must be recorded (headache or
 *     headache-free) for its figures to count; fewer shows "not enough diary"
 *
 * @param midasSplitGradeFour whether MIDAS grade IV is split into IV-A (21-40) and IV-B (41+)
 * @param outcome how the outcome report reads changes
 */
@ConfigurationProperties("headroom.clinical")
public record ClinicalSettings(
        @DefaultValue MedicationOveruse medicationOveruse,
        @DefaultValue ChronicMigraine chronicMigraine,
        @DefaultValue("28") int periodDays,
        @DefaultValue("4") int patternPeriods,
        @DefaultValue("80") int minRecordedPercent,
        @DefaultValue("false") boolean midasSplitGradeFour,
        @DefaultValue Outcome outcome) {

    /** The recorded days a period needs for its figures to count (80 % of 28 days: 23). */
    public int minRecordedDays() {
        return (int) Math.ceil(periodDays * minRecordedPercent / 100.0);
    }

    /**
     * How outcomes are read: a responder has at least {@code responderFallPercent} fewer headache
     * days than at baseline (the usual trial definition); a change in pain smaller than {@code
     * painMcidPoints} points and smaller than {@code painMcidPercent} percent is no change (the
     * minimal clinically important difference; docs/clinical-rules.md, "Numeric rating scales").
     */
    public record Outcome(
            @DefaultValue("50") int responderFallPercent,
            @DefaultValue("2") int painMcidPoints,
            @DefaultValue("30") int painMcidPercent) {}

    /**
     * Chronic migraine: headache on {@code headacheDays} or more days a month, at least {@code
     * migraineDays} of them with migraine features, for more than 3 months ("Chronic migraine").
     */
    public record ChronicMigraine(@DefaultValue("15") int headacheDays, @DefaultValue("8") int migraineDays) {}

    /**
     * Headache on {@code headacheDays} or more days a month for more than 3 months, with triptans,
     * ergots, opioids or combination analgesics on {@code specificMedicationDays} or more days, or
     * simple analgesics or NSAIDs on {@code simpleMedicationDays} or more days, or both kinds, neither
     * overused alone, together on {@code combinedMedicationDays} or more days (ICHD-3 8.2.6;
     * docs/clinical-rules.md, "Medication-overuse headache").
     */
    public record MedicationOveruse(
            @DefaultValue("15") int headacheDays,
            @DefaultValue("10") int specificMedicationDays,
            @DefaultValue("15") int simpleMedicationDays,
            @DefaultValue("10") int combinedMedicationDays) {

        public int medicationDaysFor(AcuteMedicationClass medicationClass) {
            return medicationClass.isSpecific() ? specificMedicationDays : simpleMedicationDays;
        }
    }

    public static ClinicalSettings defaults() {
        return new ClinicalSettings(
                new MedicationOveruse(15, 10, 15, 10),
                new ChronicMigraine(15, 8),
                28,
                4,
                80,
                false,
                new Outcome(50, 2, 30));
    }
}
