package org.headroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.diary.PeriodFigures;
import org.headroom.treatment.Technique;
import org.junit.jupiter.api.Test;

/** Hand-worked outcome figures; the arithmetic is in the comments. */
class OutcomeCalculatorTest {

    private static final ClinicalSettings.Outcome SETTINGS =
            ClinicalSettings.defaults().outcome();
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    @Test
    void a_halving_of_headache_days_against_baseline_marks_a_responder() {
        List<PeriodFigures> periods =
                List.of(period(0, 8, 6, 8, 7.0, 6), period(1, 5, 3, 5, 6.0, 4), period(2, 3, 2, 3, 5.0, 2));

        DiaryOutcome outcome =
                OutcomeCalculator.diary(periods, START, FAR, SETTINGS).orElseThrow();

        // Headache days per 28 days: (5 + 3) / 2 = 4.0 against 8: -4.0, -50.0 percent.
        assertThat(outcome.headacheDays()).isEqualTo(new Change(8.0, 4.0, -4.0, -50.0));
        // Migraine days: (3 + 2) / 2 = 2.5 against 6: -3.5, -58.3 percent.
        assertThat(outcome.migraineDays()).isEqualTo(new Change(6.0, 2.5, -3.5, -58.3));
        // Intensity weighted by attacks: (6.0 * 5 + 5.0 * 3) / 8 = 5.625 -> 5.6; -1.375 -> -1.4; -19.64 -> -19.6
        // percent.
        assertThat(outcome.meanIntensity()).isEqualTo(new Change(7.0, 5.6, -1.4, -19.6));
        assertThat(outcome.acuteMedicationDays()).isEqualTo(new Change(6.0, 3.0, -3.0, -50.0));
        assertThat(outcome.responder()).isTrue();
        assertThat(outcome.compared()).hasSize(2);
    }

    @Test
    void a_fall_of_less_than_half_is_not_a_response_and_the_threshold_is_a_setting() {
        List<PeriodFigures> periods = List.of(period(0, 8, 6, 8, 7.0, 6), period(1, 5, 3, 5, 6.0, 4));
        assertThat(OutcomeCalculator.diary(periods, START, FAR, SETTINGS)
                        .orElseThrow()
                        .responder())
                .isFalse();
        var lenient = new ClinicalSettings.Outcome(30, 2, 30);
        assertThat(OutcomeCalculator.diary(periods, START, FAR, lenient)
                        .orElseThrow()
                        .responder())
                .isTrue();
    }

    @Test
    void too_little_data_gives_no_figures_rather_than_misleading_ones() {
        PeriodFigures emptyBaseline =
                new PeriodFigures(0, START, START.plusDays(27), 0, 0, 0, null, null, 0, 0, 0, 0, true, false);
        assertThat(OutcomeCalculator.diary(List.of(emptyBaseline, period(1, 5, 3, 5, 6.0, 4)), START, FAR, SETTINGS))
                .as("no baseline recorded")
                .isEmpty();
        assertThat(OutcomeCalculator.diary(List.of(period(0, 8, 6, 8, 7.0, 6)), START, FAR, SETTINGS))
                .as("nothing after the baseline")
                .isEmpty();
        PeriodFigures running = new PeriodFigures(
                1, START.plusDays(28), START.plusDays(55), 2, 1, 2, 5.0, 3.0, 1, 1, 0, 10, false, false);
        assertThat(OutcomeCalculator.diary(List.of(period(0, 8, 6, 8, 7.0, 6), running), START, FAR, SETTINGS))
                .as("a period still running is not compared")
                .isEmpty();
        assertThat(OutcomeCalculator.diary(
                        List.of(period(0, 8, 6, 8, 7.0, 6), period(1, 5, 3, 5, 6.0, 4)),
                        FAR,
                        FAR.plusDays(1),
                        SETTINGS))
                .as("nothing in the chosen range")
                .isEmpty();
    }

    @Test
    void pain_changes_below_the_minimal_clinically_important_difference_read_as_no_change() {
        // 2 points or 30 percent (docs/clinical-rules.md), whichever is met.
        assertThat(OutcomeCalculator.pain(START, 6, 4, SETTINGS).reading()).isEqualTo(PainReading.IMPROVED);
        assertThat(OutcomeCalculator.pain(START, 5, 4, SETTINGS).reading()).isEqualTo(PainReading.NO_CHANGE);
        assertThat(OutcomeCalculator.pain(START, 3, 2, SETTINGS).reading()).isEqualTo(PainReading.IMPROVED);
        assertThat(OutcomeCalculator.pain(START, 4, 6, SETTINGS).reading()).isEqualTo(PainReading.WORSE);
        assertThat(OutcomeCalculator.pain(START, 2, 2, SETTINGS).reading()).isEqualTo(PainReading.NO_CHANGE);
        assertThat(OutcomeCalculator.pain(START, 9, 8, SETTINGS).reading()).isEqualTo(PainReading.NO_CHANGE);
    }

    @Test
    void techniques_are_ranked_by_how_often_they_were_used() {
        var ranked = OutcomeCalculator.ranked(
                Technique.class,
                List.of(
                        Technique.REFLEXOLOGY,
                        Technique.TRIGGER_POINT_THERAPY,
                        Technique.TRIGGER_POINT_THERAPY,
                        Technique.SWEDISH_MASSAGE,
                        Technique.TRIGGER_POINT_THERAPY,
                        Technique.REFLEXOLOGY));
        assertThat(ranked)
                .containsExactly(
                        new Counted<>(Technique.TRIGGER_POINT_THERAPY, 3),
                        new Counted<>(Technique.REFLEXOLOGY, 2),
                        new Counted<>(Technique.SWEDISH_MASSAGE, 1));
    }

    private static PeriodFigures period(
            int index, int headache, int migraine, int attacks, double intensity, int medication) {
        LocalDate start = START.plusDays(28L * index);
        return new PeriodFigures(
                index,
                start,
                start.plusDays(27),
                headache,
                migraine,
                attacks,
                intensity,
                4.0,
                medication,
                medication,
                0,
                28,
                true,
                true);
    }
}
