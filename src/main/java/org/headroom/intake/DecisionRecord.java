package org.headroom.intake;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded decision, attributed and dated. */
public record DecisionRecord(
        Decision decision, String reason, LocalDate referralDate, Instant decidedAt, long decidedBy) {}
