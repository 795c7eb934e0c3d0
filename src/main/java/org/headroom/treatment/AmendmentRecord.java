package org.headroom.treatment;

import java.time.Instant;

/** An amendment as shown beside the original note. */
public record AmendmentRecord(long id, String reason, String body, Instant createdAt, long createdBy) {}
