package org.headroom.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.headroom.base.AbstractEntity;

/** A phone or computer remembered for a client's diary: the hash of the token in its cookie. */
@Entity
@Table(name = "diary_device")
class DiaryDevice extends AbstractEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(nullable = false, length = 120)
    private String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected DiaryDevice() {}

    DiaryDevice(long clientId, String tokenHash, String label, Instant now) {
        this.clientId = clientId;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    long getClientId() {
        return clientId;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Notes use at most once an hour, so that daily use does not write on every click. */
    boolean used(Instant now) {
        if (lastUsedAt.plusSeconds(3600).isBefore(now)) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    DiaryDeviceInfo toInfo() {
        return new DiaryDeviceInfo(getId(), label, createdAt, lastUsedAt, revokedAt);
    }
}
