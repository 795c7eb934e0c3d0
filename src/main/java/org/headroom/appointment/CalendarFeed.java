package org.headroom.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A therapist's private calendar feed: only the hash of the secret in its address is kept. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "therapist_id")
    private Long therapistId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {}

    CalendarFeed(long therapistId) {
        this.therapistId = therapistId;
    }

    void renew(String hash, Instant now) {
        tokenHash = hash;
        createdAt = now;
    }

    Long getTherapistId() {
        return therapistId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
