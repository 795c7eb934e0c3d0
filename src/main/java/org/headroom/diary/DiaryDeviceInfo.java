package org.headroom.diary;

import java.time.Instant;

/** A device a client keeps their diary on, as the therapist sees it. */
public record DiaryDeviceInfo(long id, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
