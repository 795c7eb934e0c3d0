package org.headroom.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.diary.Hit6Band;
import org.headroom.diary.Hit6Result;
import org.headroom.diary.MidasAnswers;
import org.headroom.diary.MidasGrade;
import org.headroom.diary.MidasResult;
import org.headroom.diary.PeriodFigures;
import org.headroom.diary.RatingKind;
import org.headroom.diary.RatingValue;

/** A hand-made report with round figures, for the summary, chart and table tests. */
final class ReportSamples {

    static final ClinicalSettings.Outcome SETTINGS = ClinicalSettings.defaults().outcome();
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private ReportSamples() {}

    /**
     * Baseline 8 headache days (6 with medication, intensity 7.0), then 5 and 3: a mean of 4.0, a
     * 50 percent fall. MIDAS 24 (IV) to 9 (II); HIT-6 62 (severe) to 55 (some); stress 7 to 4;
     * sessions 6 to 3 and 5 to 4.
     */
    static OutcomeReport responder() {
        List<PeriodFigures> periods = List.of(period(0, 8, 7.0, 6), period(1, 5, 6.0, 4), period(2, 3, 5.0, 2));
        DiaryOutcome diary = OutcomeCalculator.diary(periods, START, START.plusDays(83), SETTINGS)
                .orElseThrow();
        return new OutcomeReport(
                1L,
                START.plusDays(28),
                START.plusDays(83),
                java.util.Optional.of(diary),
                List.of(),
                List.of(midas(1, START, 24, MidasGrade.IV), midas(2, START.plusDays(80), 9, MidasGrade.II)),
                List.of(hit6(1, START, 62, Hit6Band.SEVERE), hit6(2, START.plusDays(80), 55, Hit6Band.SOME)),
                Map.of(
                        RatingKind.STRESS,
                        List.of(
                                new RatingValue(1, START, RatingKind.STRESS, 7, 1),
                                new RatingValue(2, START.plusDays(80), RatingKind.STRESS, 4, 1))),
                List.of(
                        OutcomeCalculator.pain(START.plusDays(30), 6, 3, SETTINGS),
                        OutcomeCalculator.pain(START.plusDays(44), 5, 4, SETTINGS)),
                2.0,
                1,
                List.of(),
                List.of());
    }

    static PeriodFigures period(int index, int headacheDays, double intensity, int medicationDays) {
        LocalDate start = START.plusDays(28L * index);
        return new PeriodFigures(
                index,
                start,
                start.plusDays(27),
                headacheDays,
                headacheDays / 2,
                headacheDays,
                intensity,
                4.0,
                medicationDays,
                0,
                medicationDays,
                28,
                true,
                true);
    }

    private static MidasResult midas(long id, LocalDate on, int score, MidasGrade grade) {
        return new MidasResult(
                id, on, new MidasAnswers(score, 0, 0, 0, 0, 10, 5), score, grade, 1L, Instant.EPOCH, false);
    }

    private static Hit6Result hit6(long id, LocalDate on, int total, Hit6Band band) {
        return new Hit6Result(id, on, null, total, band, 1L, Instant.EPOCH, false);
    }
}
