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
     * The latest period after the baseline worth comparing: the latest complete one, or, before
     * any is complete, the running one if it has records.
     */
    public Optional<PeriodFigures> latest() {
        Optional<PeriodFigures> complete =
                periods.stream().filter(p -> p.index() > 0 && p.complete()).reduce((a, b) -> b);
        if (complete.isPresent()) {
            return complete;
        }
        return periods.stream()
                .filter(p -> p.index() > 0 && p.recordedDays() > 0)
                .reduce((a, b) -> b);
    }
}
