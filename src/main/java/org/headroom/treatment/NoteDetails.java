package org.headroom.treatment;

import java.time.Instant;
import java.util.List;

/**
 * A note with its amendments (oldest first).
 *
 * @param flagOverride the reason recorded for signing despite an unresolved red flag or
 *     do-not-treat contraindication, if there was one
 */
public record NoteDetails(
        long id,
        long version,
        long clientId,
        long therapistId,
        NoteStatus status,
        SessionNoteForm content,
        Instant createdAt,
        Instant updatedAt,
        Instant signedAt,
        Long signedBy,
        String flagOverride,
        List<AmendmentRecord> amendments) {}
