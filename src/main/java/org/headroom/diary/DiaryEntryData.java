package org.headroom.diary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.AuraType;
import org.headroom.base.clinical.Trigger;

/**
 * A diary line as stored. Intensity is on the 0-10 numeric rating scale; disability on 0-3
 * (none, mild, moderate: daily activity hampered, severe: bed rest).
 */
public record DiaryEntryData(
        long id,
        long version,
        EntryKind kind,
        LocalDate date,
        LocalTime startTime,
        Double durationHours,
        Integer intensity,
        boolean migraine,
        boolean aura,
        Set<AuraType> auraTypes,
        boolean nausea,
        boolean vomiting,
        boolean photophobia,
        boolean phonophobia,
        Integer disability,
        String medicationName,
        AcuteMedicationClass medicationClass,
        int medicationDoses,
        Set<Trigger> triggers,
        String otherTriggers,
        Integer sleepQuality,
        String notes) {

    public boolean isAttack() {
        return kind == EntryKind.ATTACK;
    }

    /** Acute medication was taken for this attack. */
    public boolean tookAcuteMedication() {
        return isAttack() && medicationDoses > 0 && medicationClass != AcuteMedicationClass.NONE;
    }

    /**
     * The calendar days the attack touches: from its start for its duration, so an attack from
     * 22:00 lasting 6 hours counts on two days. Without a start time, only its date.
     */
    public Set<LocalDate> daysCovered() {
        if (!isAttack() || startTime == null || durationHours == null || durationHours <= 0) {
            return Set.of(date);
        }
        LocalDateTime start = date.atTime(startTime);
        LocalDateTime end = start.plusMinutes(Math.round(durationHours * 60));
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
        for (LocalDate day = date; day.atStartOfDay().isBefore(end); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** The attack's time span, for spotting overlaps; null without a start time. */
    public LocalDateTime start() {
        return startTime == null ? null : date.atTime(startTime);
    }

    public LocalDateTime end() {
        return startTime == null || durationHours == null
                ? null
                : date.atTime(startTime).plusMinutes(Math.round(durationHours * 60));
    }
}
