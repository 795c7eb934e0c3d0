package org.headroom.diary;

import java.time.LocalDate;

/** A scheduled questionnaire: which, how often, and when it is next due. */
public record ScheduleInfo(long id, Instrument instrument, int everyDays, LocalDate nextDue) {}
