package org.headroom.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.headroom.base.AbstractEntity;

/** One version of a client's intake. Once completed it is never changed. */
@Entity
@Table(name = "intake")
class Intake extends AbstractEntity {

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IntakeStatus status = IntakeStatus.DRAFT;

    @Column(nullable = false, columnDefinition = "longtext")
    private String answers;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "submitted_by_client_at")
    private Instant submittedByClientAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private Long completedBy;

    protected Intake() {}

    Intake(long clientId, int sequenceNo, IntakeAnswers answers, long userId, Instant now) {
        this.clientId = clientId;
        this.sequenceNo = sequenceNo;
        this.answers = IntakeJson.write(answers);
        this.createdAt = now;
        this.createdBy = userId;
        this.updatedAt = now;
        this.updatedBy = userId;
    }

    long getClientId() {
        return clientId;
    }

    int getSequenceNo() {
        return sequenceNo;
    }

    IntakeStatus getStatus() {
        return status;
    }

    IntakeAnswers answers() {
        return IntakeJson.read(answers);
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    Long getCompletedBy() {
        return completedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getSubmittedByClientAt() {
        return submittedByClientAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void requireEditable() {
        if (!status.isEditable()) {
            throw new IntakeLockedException(getId());
        }
    }

    void saveAnswers(IntakeAnswers newAnswers, Long userId, Instant now) {
        requireEditable();
        this.answers = IntakeJson.write(newAnswers);
        this.updatedAt = now;
        this.updatedBy = userId;
    }

    void submitByClient(IntakeAnswers newAnswers, Instant now) {
        saveAnswers(newAnswers, null, now);
        this.status = IntakeStatus.AWAITING_REVIEW;
        this.submittedByClientAt = now;
    }

    void complete(IntakeAnswers finalAnswers, long userId, Instant now) {
        saveAnswers(finalAnswers, userId, now);
        this.status = IntakeStatus.COMPLETED;
        this.completedAt = now;
        this.completedBy = userId;
    }
}
