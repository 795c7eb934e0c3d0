package org.headroom.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One intake version with its screening and decisions, newest decision first. */
public record IntakeDetails(
        long id,
        long version,
        long clientId,
        int sequenceNo,
        IntakeStatus status,
        IntakeAnswers answers,
        Screening screening,
        List<DecisionRecord> decisions,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedByClientAt,
        Instant completedAt,
        Long completedBy) {

    public Optional<DecisionRecord> currentDecision() {
        return decisions.stream().findFirst();
    }
}
