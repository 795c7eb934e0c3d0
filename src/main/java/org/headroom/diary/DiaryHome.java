package org.headroom.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What the client's own diary page shows: today and the days that can still be filled in, newest
 * first; their medicines; an attack still going; questionnaires due; their reminder.
 *
 * @param mayKeepHealthData whether the client's consent to keep health data stands (without it
 *     nothing can be saved)
 * @param hasEmail whether reminders can be sent
 */
public record DiaryHome(
        String greetingName,
        LocalDate today,
        List<DiaryDay> days,
        List<MedicineChoice> medicines,
        Optional<DiaryEntryData> stillGoing,
        List<Instrument> due,
        LocalTime reminderTime,
        boolean hasEmail,
        boolean mayKeepHealthData,
        boolean hit6Available) {}
