package org.headroom.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A correction to a signed note, with its reason, author and time; the original stays as it was. */
@Entity
@Table(name = "session_note_amendment")
class NoteAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "note_id", nullable = false, updatable = false)
    private long noteId;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    protected NoteAmendment() {}

    NoteAmendment(long noteId, String reason, String body, long createdBy, Instant now) {
        this.noteId = noteId;
        this.reason = reason;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    AmendmentRecord toRecord() {
        return new AmendmentRecord(id, reason, body, createdAt, createdBy);
    }
}
