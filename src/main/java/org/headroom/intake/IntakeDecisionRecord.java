package org.headroom.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A decision on an intake's flags. Append-only: never updated, never deleted. */
@Entity
@Table(name = "intake_decision")
class IntakeDecisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "intake_id", nullable = false, updatable = false)
    private long intakeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Decision decision;

    @Column(length = 2000, updatable = false)
    private String reason;

    @Column(name = "referral_date", updatable = false)
    private LocalDate referralDate;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private long decidedBy;

    protected IntakeDecisionRecord() {}

    IntakeDecisionRecord(
            long intakeId, Decision decision, String reason, LocalDate referralDate, long decidedBy, Instant now) {
        this.intakeId = intakeId;
        this.decision = decision;
        this.reason = reason;
        this.referralDate = referralDate;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    long getIntakeId() {
        return intakeId;
    }

    DecisionRecord toRecord() {
        return new DecisionRecord(decision, reason, referralDate, decidedAt, decidedBy);
    }
}
