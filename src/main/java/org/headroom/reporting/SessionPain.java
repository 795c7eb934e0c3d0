package org.headroom.reporting;

import java.time.LocalDate;

/**
 * Pain before and after one signed session, and how the change reads.
 *
 * @param amended whether an amendment to the note corrected these figures
 */
public record SessionPain(LocalDate date, int before, int after, PainReading reading, boolean amended) {

    /** The same figures, marked as corrected by an amendment. */
    SessionPain markedAmended(boolean corrected) {
        return new SessionPain(date, before, after, reading, corrected);
    }
}
