package org.headroom.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.diary.PeriodFigures;

/**
 * Outcome arithmetic, pure and hand-checkable: per-28-day means of the compared periods against
 * the baseline, the responder rule, and pain changes read against the minimal clinically
 * important difference. Thresholds come from {@link ClinicalSettings.Outcome}.
 */
public final class OutcomeCalculator {

    private OutcomeCalculator() {}

    /**
     * Empty when the baseline has not enough diary or no complete period with enough diary follows
     * it in the range (docs/clinical-rules.md, "Diary completeness"). The responder reading
     * compares the unrounded mean with the threshold.
     */
    public static Optional<DiaryOutcome> diary(
            List<PeriodFigures> periods, LocalDate from, LocalDate to, ClinicalSettings.Outcome settings) {
        Optional<PeriodFigures> baseline =
                periods.stream().filter(p -> p.isBaseline() && p.enoughDiary()).findFirst();
        List<PeriodFigures> compared = periods.stream()
                .filter(p -> p.index() > 0 && p.counts())
                .filter(p -> !p.end().isBefore(from) && !p.start().isAfter(to))
                .toList();
        if (baseline.isEmpty() || compared.isEmpty()) {
            return Optional.empty();
        }
        PeriodFigures b = baseline.get();
        double meanHeadacheDays = mean(compared, PeriodFigures::headacheDays);
        Change headache = Change.of((double) b.headacheDays(), meanHeadacheDays);
        int attacks = compared.stream().mapToInt(PeriodFigures::attacks).sum();
        Double intensity = attacks == 0
                ? null
                : compared.stream()
                                .filter(p -> p.meanPeakIntensity() != null)
                                .mapToDouble(p -> p.meanPeakIntensity() * p.attacks())
                                .sum()
                        / attacks;
        boolean responder = b.headacheDays() > 0
                && meanHeadacheDays <= b.headacheDays() * (100 - settings.responderFallPercent()) / 100.0;
        return Optional.of(new DiaryOutcome(
                b,
                compared,
                headache,
                Change.of((double) b.migraineDays(), mean(compared, PeriodFigures::migraineDays)),
                Change.of(b.meanPeakIntensity(), intensity),
                Change.of((double) b.acuteMedicationDays(), mean(compared, PeriodFigures::acuteMedicationDays)),
                responder));
    }

    static double round(double value) {
        return Change.round1(value);
    }

    static double mean(List<PeriodFigures> periods, ToIntFunction<PeriodFigures> figure) {
        return periods.stream().mapToInt(figure).average().orElse(0);
    }

    public static SessionPain pain(LocalDate date, int before, int after, ClinicalSettings.Outcome settings) {
        return new SessionPain(
                date,
                before,
                after,
                PainReading.of(before, after, settings.painMcidPoints(), settings.painMcidPercent()),
                false);
    }

    /** Most frequent first; ties in declaration order. */
    static <E extends Enum<E>> List<Counted<E>> ranked(Class<E> type, List<E> occurrences) {
        Map<E, Integer> counts = new EnumMap<>(type);
        occurrences.forEach(e -> counts.merge(e, 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new Counted<>(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Counted<E> c) -> c.count()).reversed())
                .toList();
    }
}
