package org.headroom.diary;

import java.util.ArrayList;
import java.util.List;
import org.headroom.base.clinical.ClinicalSettings;

/**
 * The chronic-migraine and medication-overuse patterns, read from the last {@code patternPeriods}
 * complete diary periods (28 days standing for a month; docs/clinical-rules.md). Thresholds are
 * settings.
 */
public final class DiaryFlags {

    private DiaryFlags() {}

    public static List<DiaryFlag> evaluate(List<PeriodFigures> periods, ClinicalSettings settings) {
        List<PeriodFigures> complete =
                periods.stream().filter(PeriodFigures::complete).toList();
        int needed = settings.patternPeriods();
        if (complete.size() < needed) {
            return List.of();
        }
        List<PeriodFigures> last = complete.subList(complete.size() - needed, complete.size());
        List<DiaryFlag> flags = new ArrayList<>();
        var chronic = settings.chronicMigraine();
        if (last.stream()
                .allMatch(p ->
                        p.headacheDays() >= chronic.headacheDays() && p.migraineDays() >= chronic.migraineDays())) {
            flags.add(new DiaryFlag(
                    DiaryFlag.Kind.CHRONIC_MIGRAINE, last, chronic.headacheDays(), chronic.migraineDays()));
        }
        var overuse = settings.medicationOveruse();
        if (last.stream().allMatch(p -> p.headacheDays() >= overuse.headacheDays() && overused(p, overuse))) {
            flags.add(new DiaryFlag(
                    DiaryFlag.Kind.MEDICATION_OVERUSE, last, overuse.headacheDays(), overuse.specificMedicationDays()));
        }
        return List.copyOf(flags);
    }

    /**
     * Acute medicine overused in one period: one kind at or over its own threshold, or both kinds,
     * neither overused alone, on enough days together (ICHD-3 8.2.6, multiple classes; counted per
     * calendar day of intake; docs/clinical-rules.md, "Medication-overuse headache").
     */
    static boolean overused(PeriodFigures p, ClinicalSettings.MedicationOveruse overuse) {
        boolean oneKind = p.specificMedicationDays() >= overuse.specificMedicationDays()
                || p.simpleMedicationDays() >= overuse.simpleMedicationDays();
        boolean bothKinds = p.specificMedicationDays() > 0
                && p.simpleMedicationDays() > 0
                && p.acuteMedicationDays() >= overuse.combinedMedicationDays();
        return oneKind || bothKinds;
    }
}
