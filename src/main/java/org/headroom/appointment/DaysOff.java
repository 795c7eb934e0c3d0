package org.headroom.appointment;

import java.time.LocalDate;

/** Days off, first and last included. */
public record DaysOff(Long id, LocalDate first, LocalDate last, String note) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
