package org.headroom.treatment;

import java.time.Instant;

/**
 * An amendment as shown beside the original note: its reason, any words added, and the figures it
 * corrects (empty when it corrects none).
 */
public record AmendmentRecord(
        long id, String reason, String body, NoteCorrection correction, Instant createdAt, long createdBy) {}
