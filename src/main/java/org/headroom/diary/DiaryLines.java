package org.headroom.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * The rules every diary line must meet, whoever writes it (the therapist or the client on their
 * own device): no future days, no impossible durations, no overlapping attacks, a headache-free
 * day only on a day without an attack. Internal: callers have checked who may write the line.
 */
@Component
class DiaryLines {

    private final DiaryEntryRepository entries;
    private final Clock clock;

    DiaryLines(DiaryEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    void check(long clientId, Long entryId, DiaryEntryForm form) {
        if (form.getDate().isAfter(LocalDate.now(clock))) {
            throw new DiaryRefusedException("diary.date.future", "date");
        }
        boolean attack = form.getKind() == EntryKind.ATTACK;
        if (attack && form.getIntensity() == null) {
            throw new DiaryRefusedException("diary.intensity.required", "intensity");
        }
        if (attack
                && form.getDurationHours() != null
                && form.getDurationHours() > DiaryEntryForm.LONG_ATTACK_HOURS
                && !form.isLongDurationConfirmed()) {
            throw new DiaryRefusedException("diary.duration.confirm", "durationHours");
        }
        if (attack && form.getStartTime() != null && form.getDurationHours() != null) {
            LocalDateTime start = form.getDate().atTime(form.getStartTime());
            if (start.plusMinutes(Math.round(form.getDurationHours() * 60))
                    .isAfter(LocalDateTime.now(clock).plusHours(1))) {
                throw new DiaryRefusedException("diary.date.future", "durationHours");
            }
        }
        for (MedicineTaken m : form.allMedicines()) {
            if (m.takenOn() == null
                    || m.takenOn().isBefore(form.getDate())
                    || m.takenOn().isAfter(LocalDate.now(clock))) {
                throw new DiaryRefusedException("diary.medicine.day", "medicines");
            }
            if (m.doses() > 20) {
                throw new DiaryRefusedException("diary.doses.range", "medicines");
            }
        }
        LocalDate from = form.getDate().minusDays(11);
        LocalDate to = form.getDate().plusDays(11);
        DiaryEntryData candidate = preview(form);
        for (DiaryEntry other :
                entries.findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(clientId, from, to)) {
            if (entryId != null && other.getId().equals(entryId)) {
                continue;
            }
            DiaryEntryData o = other.toData();
            if (!attack && o.isAttack() && o.daysCovered().contains(form.getDate())) {
                throw new DiaryRefusedException("diary.free-day-has-attack", "kind");
            }
            if (!attack && !o.isAttack() && o.date().equals(form.getDate())) {
                throw new DiaryRefusedException("diary.free-day-exists", "kind");
            }
            if (attack && !o.isAttack() && candidate.daysCovered().contains(o.date())) {
                throw new DiaryRefusedException("diary.attack-on-free-day", "date");
            }
            if (attack && o.isAttack() && o.stillGoing() && !candidate.date().isBefore(o.date())) {
                throw new DiaryRefusedException("diary.still-going", "startTime");
            }
            if (attack && o.isAttack() && overlaps(candidate, o)) {
                throw new DiaryRefusedException("diary.overlap", "startTime");
            }
        }
    }

    /** Two attacks overlap when their time spans intersect; without start times, when both fall on the same day. */
    static boolean overlaps(DiaryEntryData a, DiaryEntryData b) {
        if (a.start() == null || b.start() == null || a.end() == null || b.end() == null) {
            return a.start() == null && b.start() == null && a.date().equals(b.date());
        }
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    static DiaryEntryData preview(DiaryEntryForm f) {
        return new DiaryEntryData(
                0,
                0,
                f.getKind(),
                f.getDate(),
                f.getStartTime(),
                f.getDurationHours(),
                f.getIntensity(),
                f.isMigraine(),
                f.isAura(),
                f.getAuraTypes(),
                f.isNausea(),
                f.isVomiting(),
                f.isPhotophobia(),
                f.isPhonophobia(),
                f.getDisability(),
                f.getMedicationName(),
                f.getMedicationClass(),
                f.getMedicationDoses() == null ? 0 : f.getMedicationDoses(),
                f.getTriggers(),
                f.getOtherTriggers(),
                f.getSleepQuality(),
                f.getNotes(),
                f.isStillGoing(),
                f.allMedicines(),
                null);
    }

    /** Refuses MIDAS answers out of range (each 0-90; the "half productivity" answers within the days left). */
    static void checkMidas(MidasAnswers answers) {
        java.util.List<String> problems = answers.problems();
        if (!problems.isEmpty()) {
            throw new DiaryRefusedException("midas.invalid", problems.getFirst());
        }
    }

    /**
     * The HIT-6 total of six answers (each 6, 8, 10, 11 or 13), or a total given alone ({@code
     * items} null) that six answers can make; anything else is refused.
     */
    static int hit6Total(java.util.List<Integer> items, Integer total) {
        int sum;
        if (items != null) {
            if (items.size() != 6) {
                throw new DiaryRefusedException("hit6.six-answers", "items");
            }
            for (int i = 0; i < 6; i++) {
                if (items.get(i) == null) {
                    throw new DiaryRefusedException("hit6.answer-missing", "item" + (i + 1));
                }
                if (!Hit6Band.ITEM_VALUES.contains(items.get(i))) {
                    throw new DiaryRefusedException("hit6.item-value", "item" + (i + 1));
                }
            }
            sum = items.stream().mapToInt(Integer::intValue).sum();
        } else if (total != null && Hit6Band.POSSIBLE_TOTALS.contains(total)) {
            sum = total;
        } else {
            throw new DiaryRefusedException("hit6.total", "total");
        }
        return sum;
    }
}
