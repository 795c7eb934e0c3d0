package org.headroom.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Collectors;
import org.headroom.base.AbstractEntity;

/** A session note. Once signed, nothing in it changes; corrections are amendments. */
@Entity
@Table(name = "session_note")
class SessionNote extends AbstractEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoteStatus status = NoteStatus.DRAFT;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    @Column(name = "pain_before")
    private Integer painBefore;

    @Column(name = "pain_after")
    private Integer painAfter;

    @Column(length = 500)
    private String techniques;

    @Column(name = "flag_override", length = 2000)
    private String flagOverride;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by")
    private Long signedBy;

    protected SessionNote() {}

    SessionNote(long clientId, long therapistId, SessionNoteForm form, Instant now) {
        this.clientId = clientId;
        this.therapistId = therapistId;
        this.createdAt = now;
        write(form, now);
    }

    long getClientId() {
        return clientId;
    }

    NoteStatus getStatus() {
        return status;
    }

    LocalDate getSessionDate() {
        return sessionDate;
    }

    void update(SessionNoteForm form, Instant now) {
        requireDraft();
        write(form, now);
    }

    void sign(SessionNoteForm form, String override, long userId, Instant now) {
        update(form, now);
        this.flagOverride = override;
        this.status = NoteStatus.SIGNED;
        this.signedAt = now;
        this.signedBy = userId;
    }

    void requireDraft() {
        if (status != NoteStatus.DRAFT) {
            throw new NoteLockedException(getId());
        }
    }

    private void write(SessionNoteForm form, Instant now) {
        this.sessionDate = form.getDate();
        this.startTime = form.getStartTime();
        this.durationMinutes = form.getDurationMinutes();
        this.painBefore = form.getPainBefore();
        this.painAfter = form.getPainAfter();
        this.techniques = form.getTechniques().stream()
                .map(t -> t.technique().name())
                .distinct()
                .collect(Collectors.joining(","));
        this.content = NoteJson.write(form);
        this.updatedAt = now;
    }

    NoteSummary toSummary() {
        return new NoteSummary(
                getId(), sessionDate, status, NoteJson.read(content).getTechniques(), painBefore, painAfter, signedAt);
    }

    /** The session as the figures use it: the signed content with the amendments' corrections applied. */
    TreatedSession toTreated(java.util.List<AmendmentRecord> amendments) {
        SessionNoteForm form = NoteDetails.current(NoteJson.read(content), amendments);
        boolean painAmended = amendments.stream()
                .anyMatch(a ->
                        a.correction().painBefore() != null || a.correction().painAfter() != null);
        return new TreatedSession(
                sessionDate,
                form.getPainBefore(),
                form.getPainAfter(),
                form.getTechniques(),
                form.getAreas(),
                painAmended);
    }

    NoteDetails toDetails(java.util.List<AmendmentRecord> amendments) {
        return new NoteDetails(
                getId(),
                getVersion(),
                clientId,
                therapistId,
                status,
                NoteJson.read(content),
                createdAt,
                updatedAt,
                signedAt,
                signedBy,
                flagOverride,
                amendments);
    }
}
