package org.headroom.diary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.AuraType;
import org.headroom.base.clinical.Trigger;

/**
 * A diary line as stored. Intensity is on the 0-10 numeric rating scale; disability on 0-3
 * (none, mild, moderate: daily activity hampered, severe: bed rest). An attack "still going" has
 * no duration yet: it touches every day from its start to today until the client ends it.
 *
 * @param medicines acute medicine taken, each on its own day
 * @param origin who recorded it and when; null in a copy kept as a client's original
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
        String notes,
        boolean stillGoing,
        List<MedicineTaken> medicines,
        EntryOrigin origin) {

    public boolean isAttack() {
        return kind == EntryKind.ATTACK;
    }

    /** Acute medication was taken for this attack. */
    public boolean tookAcuteMedication() {
        return isAttack() && medicines.stream().anyMatch(MedicineTaken::counts);
    }

    /** The days touched, where an attack still going reaches today. */
    public Set<LocalDate> daysCovered(LocalDate today) {
        if (!isAttack() || !stillGoing || today.isBefore(date)) {
            return daysCovered();
        }
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
        for (LocalDate day = date; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /**
     * A line holding only what {@link DiaryCalculator} reads (docs/clinical-rules.md, "Derived
     * figures per 28-day period"): the rest is empty and there is no origin.
     */
    static DiaryEntryData forCalculation(
            long id,
            long version,
            EntryKind kind,
            LocalDate date,
            LocalTime startTime,
            Double durationHours,
            Integer intensity,
            boolean migraine,
            boolean stillGoing,
            List<MedicineTaken> medicines) {
        return new DiaryEntryData(
                id,
                version,
                kind,
                date,
                startTime,
                durationHours,
                intensity,
                migraine,
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
                null,
                stillGoing,
                medicines,
                null);
    }

    /** This line without who recorded it, as kept when a client's line is corrected. */
    DiaryEntryData withoutOrigin() {
        return new DiaryEntryData(
                id,
                version,
                kind,
                date,
                startTime,
                durationHours,
                intensity,
                migraine,
                aura,
                auraTypes,
                nausea,
                vomiting,
                photophobia,
                phonophobia,
                disability,
                medicationName,
                medicationClass,
                medicationDoses,
                triggers,
                otherTriggers,
                sleepQuality,
                notes,
                stillGoing,
                medicines,
                null);
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
