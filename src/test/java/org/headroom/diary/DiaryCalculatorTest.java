package org.headroom.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.ClinicalSettings;
import org.junit.jupiter.api.Test;

/** Hand-worked cases; every expected figure is counted by hand in the comments. */
class DiaryCalculatorTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 1, 1);

    @Test
    void figures_per_28_day_period_count_days_attacks_means_and_medication_as_worked_by_hand() {
        List<DiaryEntryData> entries = List.of(
                attack(LocalDate.of(2026, 1, 5), "08:00", 4.0, 6, true, AcuteMedicationClass.TRIPTAN, 1),
                attack(LocalDate.of(2026, 1, 5), "18:00", 2.0, 4, false, AcuteMedicationClass.NONE, 0),
                attack(LocalDate.of(2026, 1, 27), "22:00", 6.0, 8, true, AcuteMedicationClass.NSAID, 2),
                attack(LocalDate.of(2026, 1, 28), "23:00", 5.0, 5, false, AcuteMedicationClass.NONE, 0),
                free(LocalDate.of(2026, 1, 10)),
                attack(LocalDate.of(2026, 2, 1), null, null, 3, false, AcuteMedicationClass.NONE, 0));

        List<PeriodFigures> periods = DiaryCalculator.periods(entries, BASELINE, LocalDate.of(2026, 2, 10), 28);

        assertThat(periods).hasSize(2);
        PeriodFigures baseline = periods.get(0);
        assertThat(baseline.isBaseline()).isTrue();
        assertThat(baseline.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(baseline.end()).isEqualTo(LocalDate.of(2026, 1, 28));
        // 5, 27 and 28 January (two attacks on the 5th count once; the 27th's attack runs into the 28th).
        assertThat(baseline.headacheDays()).isEqualTo(3);
        assertThat(baseline.migraineDays()).isEqualTo(3);
        assertThat(baseline.attacks()).isEqualTo(4);
        // (6 + 4 + 8 + 5) / 4 = 5.75 -> 5.8; (4 + 2 + 6 + 5) / 4 = 4.25 -> 4.3.
        assertThat(baseline.meanPeakIntensity()).isEqualTo(5.8);
        assertThat(baseline.meanDurationHours()).isEqualTo(4.3);
        assertThat(baseline.acuteMedicationDays()).isEqualTo(2);
        assertThat(baseline.specificMedicationDays()).isEqualTo(1);
        assertThat(baseline.simpleMedicationDays()).isEqualTo(1);
        // 5, 10 (headache-free), 27 and 28 January.
        assertThat(baseline.recordedDays()).isEqualTo(4);
        assertThat(baseline.complete()).isTrue();

        PeriodFigures next = periods.get(1);
        // 29 January (the attack that began at 23:00 on the 28th) and 1 February.
        assertThat(next.headacheDays()).isEqualTo(2);
        assertThat(next.migraineDays()).isZero();
        assertThat(next.attacks()).isEqualTo(1);
        assertThat(next.meanPeakIntensity()).isEqualTo(3.0);
        assertThat(next.meanDurationHours()).isNull();
        assertThat(next.complete()).isFalse();
    }

    @Test
    void entries_before_the_baseline_open_earlier_periods_and_missing_days_stay_missing() {
        List<DiaryEntryData> entries =
                List.of(attack(LocalDate.of(2025, 12, 20), "10:00", 3.0, 5, false, AcuteMedicationClass.NONE, 0));
        List<PeriodFigures> periods = DiaryCalculator.periods(entries, BASELINE, LocalDate.of(2026, 1, 15), 28);

        assertThat(periods).extracting(PeriodFigures::index).containsExactly(-1, 0);
        assertThat(periods.get(0).start()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(periods.get(0).headacheDays()).isEqualTo(1);
        assertThat(periods.get(1).recordedDays()).isZero();
        assertThat(periods.get(1).headacheDays()).isZero();
        assertThat(periods.get(1).meanPeakIntensity()).isNull();
    }

    @Test
    void an_attack_ending_exactly_at_midnight_does_not_touch_the_next_day() {
        DiaryEntryData e = attack(LocalDate.of(2026, 1, 3), "20:00", 4.0, 5, false, AcuteMedicationClass.NONE, 0);
        assertThat(e.daysCovered()).containsExactly(LocalDate.of(2026, 1, 3));
        DiaryEntryData longer = attack(LocalDate.of(2026, 1, 3), "20:00", 30.0, 5, false, AcuteMedicationClass.NONE, 0);
        assertThat(longer.daysCovered())
                .containsExactly(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 5));
    }

    @Test
    void chronic_migraine_and_medication_overuse_need_three_complete_periods_over_threshold() {
        ClinicalSettings settings = ClinicalSettings.defaults();
        List<PeriodFigures> heavy = List.of(period(0, 16, 9, 11, 0), period(1, 15, 8, 10, 0), period(2, 18, 10, 12, 0));
        assertThat(DiaryFlags.evaluate(heavy, settings))
                .extracting(DiaryFlag::kind)
                .containsExactly(DiaryFlag.Kind.CHRONIC_MIGRAINE, DiaryFlag.Kind.MEDICATION_OVERUSE);

        List<PeriodFigures> oneShort =
                List.of(period(0, 16, 9, 11, 0), period(1, 14, 8, 10, 0), period(2, 18, 10, 12, 0));
        assertThat(DiaryFlags.evaluate(oneShort, settings)).isEmpty();

        List<PeriodFigures> simpleOnly =
                List.of(period(0, 20, 2, 0, 15), period(1, 20, 2, 0, 15), period(2, 20, 2, 0, 16));
        assertThat(DiaryFlags.evaluate(simpleOnly, settings))
                .extracting(DiaryFlag::kind)
                .containsExactly(DiaryFlag.Kind.MEDICATION_OVERUSE);

        // ICHD-3 8.2.6: triptans on 6 days and paracetamol on 6 others, neither overused alone: 12 days.
        List<PeriodFigures> bothKinds = List.of(period(0, 16, 2, 6, 6), period(1, 16, 2, 5, 5), period(2, 17, 2, 6, 4));
        assertThat(DiaryFlags.evaluate(bothKinds, settings))
                .extracting(DiaryFlag::kind)
                .containsExactly(DiaryFlag.Kind.MEDICATION_OVERUSE);
        List<PeriodFigures> bothKindsTooFew =
                List.of(period(0, 16, 2, 6, 6), period(1, 16, 2, 4, 5), period(2, 17, 2, 6, 4));
        assertThat(DiaryFlags.evaluate(bothKindsTooFew, settings))
                .as("9 days in one period")
                .isEmpty();
        List<PeriodFigures> oneKindBelow =
                List.of(period(0, 16, 2, 0, 12), period(1, 16, 2, 0, 12), period(2, 17, 2, 0, 12));
        assertThat(DiaryFlags.evaluate(oneKindBelow, settings))
                .as("simple analgesics alone on 12 days stay below their own 15")
                .isEmpty();

        List<PeriodFigures> twoPeriods = List.of(period(0, 20, 10, 12, 0), period(1, 20, 10, 12, 0));
        assertThat(DiaryFlags.evaluate(twoPeriods, settings)).isEmpty();
    }

    @Test
    void midas_scores_and_grades_follow_the_reference() {
        assertThat(new MidasAnswers(2, 1, 1, 1, 0, null, null).score()).isEqualTo(5);
        assertThat(MidasGrade.of(5, false)).isEqualTo(MidasGrade.I);
        assertThat(MidasGrade.of(6, false)).isEqualTo(MidasGrade.II);
        assertThat(MidasGrade.of(10, false)).isEqualTo(MidasGrade.II);
        assertThat(MidasGrade.of(11, false)).isEqualTo(MidasGrade.III);
        assertThat(MidasGrade.of(20, false)).isEqualTo(MidasGrade.III);
        assertThat(MidasGrade.of(21, false)).isEqualTo(MidasGrade.IV);
        assertThat(MidasGrade.of(40, true)).isEqualTo(MidasGrade.IV_A);
        assertThat(MidasGrade.of(41, true)).isEqualTo(MidasGrade.IV_B);
    }

    @Test
    void midas_questions_two_and_four_are_bounded_by_what_one_and_three_leave() {
        assertThat(new MidasAnswers(60, 30, 0, 0, 0, 45, 7).problems()).isEmpty();
        assertThat(new MidasAnswers(60, 31, 0, 0, 0, null, null).problems()).containsExactly("q2");
        assertThat(new MidasAnswers(0, 0, 90, 1, 91, null, 11).problems()).containsExactly("q4", "q5", "averagePain");
        assertThat(new MidasAnswers(-1, 0, 0, 0, 0, 91, null).problems()).containsExactly("q1", "headacheDays");
    }

    @Test
    void hit6_totals_and_bands_follow_the_reference() {
        assertThat(Hit6Band.POSSIBLE_TOTALS)
                .contains(36, 38, 40, 49, 50, 55, 56, 59, 60, 78)
                .doesNotContain(35, 37, 79);
        assertThat(Hit6Band.of(49)).isEqualTo(Hit6Band.LITTLE_OR_NONE);
        assertThat(Hit6Band.of(50)).isEqualTo(Hit6Band.SOME);
        assertThat(Hit6Band.of(55)).isEqualTo(Hit6Band.SOME);
        assertThat(Hit6Band.of(56)).isEqualTo(Hit6Band.SUBSTANTIAL);
        assertThat(Hit6Band.of(59)).isEqualTo(Hit6Band.SUBSTANTIAL);
        assertThat(Hit6Band.of(60)).isEqualTo(Hit6Band.SEVERE);
    }

    static PeriodFigures period(int index, int headacheDays, int migraineDays, int specific, int simple) {
        LocalDate start = BASELINE.plusDays(28L * index);
        return new PeriodFigures(
                index,
                start,
                start.plusDays(27),
                headacheDays,
                migraineDays,
                headacheDays,
                5.0,
                4.0,
                specific + simple,
                specific,
                simple,
                28,
                true);
    }

    static DiaryEntryData attack(
            LocalDate date,
            String start,
            Double hours,
            int intensity,
            boolean migraine,
            AcuteMedicationClass med,
            int doses) {
        return new DiaryEntryData(
                0,
                0,
                EntryKind.ATTACK,
                date,
                start == null ? null : LocalTime.parse(start),
                hours,
                intensity,
                migraine,
                false,
                Set.of(),
                false,
                false,
                false,
                false,
                1,
                null,
                med,
                doses,
                Set.of(),
                null,
                null,
                null);
    }

    static DiaryEntryData free(LocalDate date) {
        return new DiaryEntryData(
                0,
                0,
                EntryKind.HEADACHE_FREE,
                date,
                null,
                null,
                null,
                false,
                false,
                Set.of(),
                false,
                false,
                false,
                false,
                null,
                null,
                null,
                0,
                Set.of(),
                null,
                null,
                null);
    }
}
