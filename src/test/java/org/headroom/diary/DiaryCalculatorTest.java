package org.headroom.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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

        List<PeriodFigures> periods = DiaryCalculator.periods(entries, BASELINE, LocalDate.of(2026, 2, 10), 28, 23);

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
        List<PeriodFigures> periods = DiaryCalculator.periods(entries, BASELINE, LocalDate.of(2026, 1, 15), 28, 23);

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
        List<PeriodFigures> heavy = List.of(
                period(0, 16, 9, 11, 0), period(1, 15, 8, 10, 0), period(2, 18, 10, 12, 0), period(3, 18, 10, 12, 0));
        assertThat(DiaryFlags.evaluate(heavy, settings))
                .extracting(DiaryFlag::kind)
                .containsExactly(DiaryFlag.Kind.CHRONIC_MIGRAINE, DiaryFlag.Kind.MEDICATION_OVERUSE);

        List<PeriodFigures> oneShort = List.of(
                period(0, 16, 9, 11, 0), period(1, 14, 8, 10, 0), period(2, 18, 10, 12, 0), period(3, 18, 10, 12, 0));
        assertThat(DiaryFlags.evaluate(oneShort, settings)).isEmpty();

        List<PeriodFigures> simpleOnly = List.of(
                period(0, 20, 2, 0, 15), period(1, 20, 2, 0, 15), period(2, 20, 2, 0, 16), period(3, 20, 2, 0, 16));
        assertThat(DiaryFlags.evaluate(simpleOnly, settings))
                .extracting(DiaryFlag::kind)
                .containsExactly(DiaryFlag.Kind.MEDICATION_OVERUSE);

        // ICHD-3 8.2.6: triptans on 6 days and paracetamol on 6 others, neither overused alone: 12 days.
        List<PeriodFigures> bothKinds =
                List.of(period(0, 16, 2, 6, 6), period(1, 16, 2, 5, 5), period(2, 17, 2, 6, 4), period(3, 17, 2, 6, 4));
        assertThat(DiaryFlags.evaluate(bothKinds, settings))
                .extracting(DiaryFlag::kind)
                .containsExactly(DiaryFlag.Kind.MEDICATION_OVERUSE);
        List<PeriodFigures> bothKindsTooFew =
                List.of(period(0, 16, 2, 6, 6), period(1, 16, 2, 4, 5), period(2, 17, 2, 6, 4), period(3, 17, 2, 6, 4));
        assertThat(DiaryFlags.evaluate(bothKindsTooFew, settings))
                .as("9 days in one period")
                .isEmpty();
        List<PeriodFigures> oneKindBelow = List.of(
                period(0, 16, 2, 0, 12), period(1, 16, 2, 0, 12), period(2, 17, 2, 0, 12), period(3, 17, 2, 0, 12));
        assertThat(DiaryFlags.evaluate(oneKindBelow, settings))
                .as("simple analgesics alone on 12 days stay below their own 15")
                .isEmpty();

        List<PeriodFigures> threePeriods =
                List.of(period(0, 20, 10, 12, 0), period(1, 20, 10, 12, 0), period(2, 20, 10, 12, 0));
        assertThat(DiaryFlags.evaluate(threePeriods, settings))
                .as("3 periods are 84 days: not more than 3 months")
                .isEmpty();
    }

    @Test
    void a_pattern_that_ended_keeps_its_dates_and_a_period_without_enough_diary_breaks_a_run() {
        ClinicalSettings settings = ClinicalSettings.defaults();
        List<PeriodFigures> history = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            history.add(period(i, 16, 9, 11, 0));
        }
        for (int i = 4; i < 10; i++) {
            history.add(period(i, 3, 1, 1, 0));
        }
        List<DiaryFlag> flags = DiaryFlags.evaluate(history, settings);
        assertThat(flags)
                .extracting(DiaryFlag::kind)
                .containsExactly(DiaryFlag.Kind.CHRONIC_MIGRAINE, DiaryFlag.Kind.MEDICATION_OVERUSE);
        assertThat(flags).allSatisfy(f -> {
            assertThat(f.current()).as("ended months ago").isFalse();
            assertThat(f.from()).isEqualTo(BASELINE);
            assertThat(f.to()).isEqualTo(BASELINE.plusDays(4 * 28 - 1));
        });

        List<PeriodFigures> gap = new java.util.ArrayList<>(List.of(
                period(0, 16, 9, 11, 0), period(1, 16, 9, 11, 0), period(2, 16, 9, 11, 0), period(3, 16, 9, 11, 0)));
        PeriodFigures thin = gap.get(2);
        gap.set(
                2,
                new PeriodFigures(
                        thin.index(), thin.start(), thin.end(), 16, 9, 16, 5.0, 4.0, 11, 11, 0, 20, true, false));
        assertThat(DiaryFlags.evaluate(gap, settings))
                .as("20 recorded days: not enough diary, so the four periods are not a run")
                .isEmpty();

        List<PeriodFigures> ongoing = new java.util.ArrayList<>(history);
        for (int i = 10; i < 15; i++) {
            ongoing.add(period(i, 16, 9, 0, 0));
        }
        List<DiaryFlag> now = DiaryFlags.evaluate(ongoing, settings);
        assertThat(now)
                .extracting(DiaryFlag::kind, DiaryFlag::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DiaryFlag.Kind.CHRONIC_MIGRAINE, false),
                        org.assertj.core.groups.Tuple.tuple(DiaryFlag.Kind.CHRONIC_MIGRAINE, true),
                        org.assertj.core.groups.Tuple.tuple(DiaryFlag.Kind.MEDICATION_OVERUSE, false));
        assertThat(now.get(1).periods()).hasSize(5);
    }

    @Test
    void medicine_counts_on_the_day_it_was_taken_and_an_attack_still_going_reaches_today() {
        LocalDate day = BASELINE.plusDays(10);
        DiaryEntryData longAttack = DiaryEntryData.forCalculation(
                0,
                0,
                EntryKind.ATTACK,
                day,
                LocalTime.of(20, 0),
                40.0,
                7,
                true,
                false,
                List.of(
                        new MedicineTaken(day, "Sumatriptan", AcuteMedicationClass.TRIPTAN, 1),
                        new MedicineTaken(day.plusDays(1), "Sumatriptan", AcuteMedicationClass.TRIPTAN, 1),
                        new MedicineTaken(day.plusDays(1), "Ibuprofen", AcuteMedicationClass.NSAID, 2)));
        PeriodFigures p = DiaryCalculator.periods(List.of(longAttack), BASELINE, BASELINE.plusDays(40), 28, 23)
                .getFirst();
        assertThat(p.headacheDays())
                .as("20:00 plus 40 hours touches three days")
                .isEqualTo(3);
        assertThat(p.acuteMedicationDays())
                .as("two days of intake, not the day the attack began")
                .isEqualTo(2);
        assertThat(p.specificMedicationDays()).isEqualTo(2);
        assertThat(p.simpleMedicationDays()).isEqualTo(1);
        assertThat(p.enoughDiary()).as("3 recorded days of 28").isFalse();

        DiaryEntryData going = DiaryEntryData.forCalculation(
                0, 0, EntryKind.ATTACK, day, LocalTime.of(8, 0), null, 6, false, true, List.of());
        PeriodFigures today = DiaryCalculator.periods(List.of(going), BASELINE, day.plusDays(2), 28, 23)
                .getFirst();
        assertThat(today.headacheDays())
                .as("still going: its day and the two since")
                .isEqualTo(3);
        List<PeriodFigures> weeksLater =
                DiaryCalculator.periods(List.of(going), BASELINE, BASELINE.plusDays(40), 28, 23);
        assertThat(weeksLater)
                .extracting(PeriodFigures::headacheDays)
                .as("still going after 30 days: every day of both periods it reaches")
                .containsExactly(18, 13);
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
                true,
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
        return DiaryEntryData.forCalculation(
                0,
                0,
                EntryKind.ATTACK,
                date,
                start == null ? null : LocalTime.parse(start),
                hours,
                intensity,
                migraine,
                false,
                doses > 0 && med != AcuteMedicationClass.NONE
                        ? List.of(new MedicineTaken(date, "", med, doses))
                        : List.of());
    }

    static DiaryEntryData free(LocalDate date) {
        return DiaryEntryData.forCalculation(
                0, 0, EntryKind.HEADACHE_FREE, date, null, null, null, false, false, List.of());
    }
}
