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

    @Column(length = 4000, updatable = false)
    private String body;

    @Column(name = "pain_before", updatable = false)
    private Integer painBefore;

    @Column(name = "pain_after", updatable = false)
    private Integer painAfter;

    @Column(name = "duration_minutes", updatable = false)
    private Integer durationMinutes;

    /** The corrected technique names, comma-separated as on the note row, for the practice queries. */
    @Column(length = 500, updatable = false)
    private String techniques;

    @Column(length = 1000, updatable = false)
    private String areas;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    protected NoteAmendment() {}

    NoteAmendment(long noteId, String reason, String body, NoteCorrection correction, long createdBy, Instant now) {
        this.noteId = noteId;
        this.reason = reason;
        this.body = body;
        this.painBefore = correction.painBefore();
        this.painAfter = correction.painAfter();
        this.durationMinutes = correction.durationMinutes();
        this.techniques = NoteCorrection.names(correction.techniques());
        this.areas = NoteCorrection.names(correction.areas());
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    long getNoteId() {
        return noteId;
    }

    AmendmentRecord toRecord() {
        return new AmendmentRecord(
                id,
                reason,
                body,
                new NoteCorrection(
                        painBefore,
                        painAfter,
                        durationMinutes,
                        NoteCorrection.parse(Technique.class, techniques),
                        NoteCorrection.parse(BodyRegion.class, areas)),
                createdAt,
                createdBy);
    }
}
