package org.headroom.reporting;

import java.time.LocalDate;

/** Pain before and after one signed session, and how the change reads. */
public record SessionPain(LocalDate date, int before, int after, PainReading reading) {}
