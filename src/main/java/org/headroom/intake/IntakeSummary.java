package org.headroom.intake;

import java.time.Instant;

/** A line in a client's intake history. */
public record IntakeSummary(
        long id, int sequenceNo, IntakeStatus status, Instant updatedAt, Instant completedAt, boolean needsDecision) {}
