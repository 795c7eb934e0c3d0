package org.headroom.diary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Test diaries that are complete: the days of a period without an attack are recorded headache-free. */
public final class DiaryTestData {

    private DiaryTestData() {}

    /** Saves an attack, turning a headache-free line already on its day into the attack. */
    public static void attack(DiaryService diary, long clientId, DiaryEntryForm form) {
        var free = diary.entries(clientId, form.getDate(), form.getDate()).stream()
                .filter(e -> e.kind() == EntryKind.HEADACHE_FREE)
                .findFirst();
        if (free.isPresent()) {
            form.setVersion(free.get().version());
            diary.save(clientId, free.get().id(), form);
        } else {
            diary.save(clientId, null, form);
        }
    }

    /**
     * A complete 28-day period from {@code start}: {@code days} attacks (every third day from the
     * second, 10:00, 5 hours, intensity 6) and every other day headache-free.
     */
    public static void period(DiaryService diary, long clientId, LocalDate start, int days) {
        for (int i = 0; i < days; i++) {
            DiaryEntryForm form = DiaryEntryForm.attackOn(start.plusDays(3L * i + 1));
            form.setStartTime(java.time.LocalTime.of(10, 0));
            form.setDurationHours(5.0);
            form.setIntensity(6);
            attack(diary, clientId, form);
        }
        restHeadacheFree(diary, clientId, start);
    }

    /** Records every day of the 28 days from {@code start} (up to today) that has no line yet as headache-free. */
    public static void restHeadacheFree(DiaryService diary, long clientId, LocalDate start) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        List<DiaryEntryForm> days = new ArrayList<>();
        java.util.Set<LocalDate> covered = new java.util.HashSet<>();
        diary.entries(clientId, start.minusDays(3), start.plusDays(28)).forEach(e -> covered.addAll(e.daysCovered()));
        for (LocalDate day = start; day.isBefore(start.plusDays(28)) && !day.isAfter(today); day = day.plusDays(1)) {
            if (covered.contains(day)) {
                continue;
            }
            DiaryEntryForm free = DiaryEntryForm.attackOn(day);
            free.setKind(EntryKind.HEADACHE_FREE);
            days.add(free);
        }
        diary.transcribe(clientId, days);
    }
}
