package org.headroom.diary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts diary figures per period, anchored on the baseline start (period 0 is the baseline;
 * docs/clinical-rules.md, "Derived figures per 28-day period"):
 *
 * <ul>
 *   <li>headache days and migraine days: calendar days touched by an attack, so an attack over
 *       midnight counts on both days, one still going counts up to today, and two attacks on one
 *       day count once;
 *   <li>attacks, mean peak intensity and mean duration: attacks that start in the period;
 *   <li>acute-medication days: calendar days on which acute medicine was taken (ICHD-3 8.2 counts
 *       days of intake), in total and per kind;
 *   <li>recorded days: days with any diary line, so that missing days show as missing, and
 *       whether they are enough for the figures to count ("Diary completeness").
 * </ul>
 */
public final class DiaryCalculator {

    private DiaryCalculator() {}

    /** Periods from the one holding the earliest entry (or the baseline) to the one holding today. */
    public static List<PeriodFigures> periods(
            List<DiaryEntryData> entries,
            LocalDate baselineStart,
            LocalDate today,
            int periodDays,
            int minRecordedDays) {
        int first = 0;
        for (DiaryEntryData e : entries) {
            first = Math.min(first, indexOf(e.date(), baselineStart, periodDays));
        }
        int last = Math.max(0, indexOf(today, baselineStart, periodDays));
        List<PeriodFigures> result = new ArrayList<>();
        // Entries come oldest first: each period looks only at the lines that can reach it (from
        // the longest attack's span before its start), so that years of diary cost one pass.
        List<DiaryEntryData> sorted = entries.stream()
                .sorted(java.util.Comparator.comparing(DiaryEntryData::date))
                .toList();
        List<DiaryEntryData> going =
                sorted.stream().filter(DiaryEntryData::stillGoing).toList();
        int from = 0;
        for (int index = first; index <= last; index++) {
            LocalDate start = baselineStart.plusDays((long) index * periodDays);
            LocalDate end = start.plusDays(periodDays - 1L);
            LocalDate reach = start.minusDays(REACH_DAYS);
            while (from < sorted.size() && sorted.get(from).date().isBefore(reach)) {
                from++;
            }
            int to = from;
            while (to < sorted.size() && !sorted.get(to).date().isAfter(end)) {
                to++;
            }
            List<DiaryEntryData> reaching = sorted.subList(from, to);
            List<DiaryEntryData> goingLong =
                    going.stream().filter(e -> e.date().isBefore(reach)).toList();
            if (!goingLong.isEmpty()) {
                reaching = new ArrayList<>(reaching);
                reaching.addAll(goingLong);
            }
            result.add(figures(reaching, index, start, end, today, minRecordedDays));
        }
        return result;
    }

    /**
     * How many days before a period a line can start and still touch it: an attack lasts at most
     * 240 hours (10 days) and its medicine is taken on its days. An attack still going is the
     * exception, and is always looked at.
     */
    static final int REACH_DAYS = 11;

    static int indexOf(LocalDate date, LocalDate baselineStart, int periodDays) {
        return Math.floorDiv((int) ChronoUnit.DAYS.between(baselineStart, date), periodDays);
    }

    static PeriodFigures figures(
            List<DiaryEntryData> entries,
            int index,
            LocalDate start,
            LocalDate end,
            LocalDate today,
            int minRecordedDays) {
        Set<LocalDate> headacheDays = new HashSet<>();
        Set<LocalDate> migraineDays = new HashSet<>();
        Set<LocalDate> recorded = new HashSet<>();
        Set<LocalDate> medication = new HashSet<>();
        Set<LocalDate> specific = new HashSet<>();
        Set<LocalDate> simple = new HashSet<>();
        int attacks = 0;
        int intensitySum = 0;
        int intensityCount = 0;
        double durationSum = 0;
        int durationCount = 0;
        for (DiaryEntryData e : entries) {
            for (LocalDate day : e.daysCovered(today)) {
                if (within(day, start, end)) {
                    recorded.add(day);
                    if (e.isAttack()) {
                        headacheDays.add(day);
                        if (e.migraine()) {
                            migraineDays.add(day);
                        }
                    }
                }
            }
            if (!e.isAttack()) {
                continue;
            }
            for (MedicineTaken m : e.medicines()) {
                if (m.counts() && within(m.takenOn(), start, end)) {
                    medication.add(m.takenOn());
                    if (m.medicationClass() != null && m.medicationClass().isSpecific()) {
                        specific.add(m.takenOn());
                    } else if (m.medicationClass() != null) {
                        simple.add(m.takenOn());
                    }
                }
            }
            if (!within(e.date(), start, end)) {
                continue;
            }
            attacks++;
            if (e.intensity() != null) {
                intensitySum += e.intensity();
                intensityCount++;
            }
            if (e.durationHours() != null) {
                durationSum += e.durationHours();
                durationCount++;
            }
        }
        return new PeriodFigures(
                index,
                start,
                end,
                headacheDays.size(),
                migraineDays.size(),
                attacks,
                intensityCount == 0 ? null : round1((double) intensitySum / intensityCount),
                durationCount == 0 ? null : round1(durationSum / durationCount),
                medication.size(),
                specific.size(),
                simple.size(),
                recorded.size(),
                end.isBefore(today),
                recorded.size() >= minRecordedDays);
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** One decimal, half up: the rounding every screen and report shows. */
    public static double round1(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
