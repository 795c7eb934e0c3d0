package org.headroom.appointment;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A stretch of working time on a weekday, in the practice's local time; ends after it starts. */
public record WorkingStretch(DayOfWeek day, LocalTime starts, LocalTime ends) {}
