package org.headroom.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use link to an intake; only the SHA-256 of its token is stored. */
@Entity
@Table(name = "intake_link")
class IntakeLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "intake_id", nullable = false, updatable = false)
    private long intakeId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    protected IntakeLink() {}

    IntakeLink(long intakeId, String tokenHash, Instant expiresAt, long createdBy, Instant now) {
        this.intakeId = intakeId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    long getIntakeId() {
        return intakeId;
    }

    long getCreatedBy() {
        return createdBy;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    LinkState state(Instant now) {
        if (usedAt != null) {
            return LinkState.USED;
        }
        if (lockedAt != null) {
            return LinkState.LOCKED;
        }
        if (!now.isBefore(expiresAt)) {
            return LinkState.EXPIRED;
        }
        return LinkState.VALID;
    }

    /** @return attempts left before the link locks */
    int recordWrongAnswer(int maxAttempts, Instant now) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedAt = now;
        }
        return Math.max(0, maxAttempts - failedAttempts);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }

    Long getId() {
        return id;
    }
}
