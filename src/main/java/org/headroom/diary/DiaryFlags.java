package org.headroom.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.headroom.base.clinical.ClinicalSettings;

/**
 * The chronic-migraine and medication-overuse patterns: each run of at least {@code
 * patternPeriods} consecutive complete periods that meet the rule (28 days standing for a month, 4
 * periods for "more than 3 months"; docs/clinical-rules.md, "Chronic migraine",
 * "Medication-overuse headache"). A pattern that ended stays in the list with its dates, so that
 * it does not disappear once the latest periods are quiet. A period without enough diary meets no
 * rule: it is unknown, and breaks a run. Thresholds are settings.
 */
public final class DiaryFlags {

    private DiaryFlags() {}

    /** Every run found, oldest first; a run reaching the latest complete period is current. */
    public static List<DiaryFlag> evaluate(List<PeriodFigures> periods, ClinicalSettings settings) {
        List<PeriodFigures> complete =
                periods.stream().filter(PeriodFigures::complete).toList();
        var chronic = settings.chronicMigraine();
        var overuse = settings.medicationOveruse();
        List<DiaryFlag> flags = new ArrayList<>();
        runs(
                complete,
                settings.patternPeriods(),
                p -> p.headacheDays() >= chronic.headacheDays() && p.migraineDays() >= chronic.migraineDays(),
                (run, current) -> flags.add(new DiaryFlag(
                        DiaryFlag.Kind.CHRONIC_MIGRAINE,
                        run,
                        chronic.headacheDays(),
                        chronic.migraineDays(),
                        current)));
        runs(
                complete,
                settings.patternPeriods(),
                p -> p.headacheDays() >= overuse.headacheDays() && overused(p, overuse),
                (run, current) -> flags.add(new DiaryFlag(
                        DiaryFlag.Kind.MEDICATION_OVERUSE,
                        run,
                        overuse.headacheDays(),
                        overuse.specificMedicationDays(),
                        current)));
        return List.copyOf(flags);
    }

    private interface RunFound {
        void found(List<PeriodFigures> run, boolean current);
    }

    /** Maximal runs of consecutive periods (by index, each with enough diary) that meet the rule. */
    private static void runs(List<PeriodFigures> complete, int needed, Predicate<PeriodFigures> rule, RunFound found) {
        List<PeriodFigures> run = new ArrayList<>();
        for (int i = 0; i <= complete.size(); i++) {
            PeriodFigures p = i < complete.size() ? complete.get(i) : null;
            boolean continues = p != null
                    && p.enoughDiary()
                    && rule.test(p)
                    && (run.isEmpty() || run.getLast().index() + 1 == p.index());
            if (continues) {
                run.add(p);
                continue;
            }
            if (run.size() >= needed) {
                found.found(List.copyOf(run), run.getLast() == complete.getLast());
            }
            run.clear();
            if (p != null && p.enoughDiary() && rule.test(p)) {
                run.add(p);
            }
        }
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
