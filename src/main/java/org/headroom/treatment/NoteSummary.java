package org.headroom.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A line in the client's note list: date, techniques, pain before and after. */
public record NoteSummary(
        long id,
        LocalDate date,
        NoteStatus status,
        List<TechniqueUse> techniques,
        Integer painBefore,
        Integer painAfter,
        Instant signedAt) {

    /** Pain after minus pain before; negative is a fall. Null when either is missing. */
    public Integer painChange() {
        return painBefore == null || painAfter == null ? null : painAfter - painBefore;
    }
}
