package org.headroom.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the history page and the reports need from the diary, computed in one place so that
 * the figures agree to the decimal wherever they are shown.
 *
 * @param baselineSet whether the therapist set the baseline (otherwise it is the default)
 */
public record DiarySummary(
        LocalDate baselineStart,
        boolean baselineSet,
        List<PeriodFigures> periods,
        List<DiaryFlag> flags,
        List<MidasResult> midas,
        List<Hit6Result> hit6,
        List<RatingValue> ratings) {

    public Optional<PeriodFigures> baseline() {
        return periods.stream().filter(PeriodFigures::isBaseline).findFirst();
    }

    /**
     * The latest period after the baseline worth showing: the latest complete one with diary
     * entries, or, before any is, the running one if it has entries. A period with nothing recorded
     * says nothing about headaches, so it is passed over (its zeros would read as "no headaches").
     */
    public Optional<PeriodFigures> latest() {
        Optional<PeriodFigures> complete = periods.stream()
                .filter(p -> p.index() > 0 && p.complete() && p.recordedDays() > 0)
                .reduce((a, b) -> b);
        if (complete.isPresent()) {
            return complete;
        }
        return periods.stream()
                .filter(p -> p.index() > 0 && p.recordedDays() > 0)
                .reduce((a, b) -> b);
    }

    /** The periods with at least one diary entry (the baseline always), newest last. */
    public List<PeriodFigures> periodsWithEntries() {
        return periods.stream()
                .filter(p -> p.isBaseline() || p.recordedDays() > 0)
                .toList();
    }
}
