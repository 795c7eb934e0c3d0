package org.headroom.treatment;

import java.time.Instant;
import java.util.List;

/**
 * A note with its amendments (oldest first). {@link #content()} is the note as signed; {@link
 * #current()} is what the figures use, with the amendments' corrections applied.
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
        List<AmendmentRecord> amendments) {

    /** The content as it stands now: the signed content with every correction applied, oldest first. */
    public SessionNoteForm current() {
        return current(content, amendments);
    }

    /** The latest amendment that corrects this field of the note form, if any. */
    public java.util.Optional<AmendmentRecord> latestCorrectionOf(String field) {
        return amendments.reversed().stream()
                .filter(a -> a.correction().fields().contains(field))
                .findFirst();
    }

    static SessionNoteForm current(SessionNoteForm signed, List<AmendmentRecord> amendments) {
        SessionNoteForm current = signed;
        for (AmendmentRecord amendment : amendments) {
            if (!amendment.correction().isEmpty()) {
                current = amendment.correction().applyTo(current);
            }
        }
        return current;
    }
}
