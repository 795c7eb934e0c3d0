package org.headroom.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The start of a client's baseline period, when the therapist has set it. */
@Entity
@Table(name = "diary_baseline")
class DiaryBaseline {

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @jakarta.persistence.Version
    private long version;

    @Column(name = "baseline_start", nullable = false)
    private LocalDate baselineStart;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false)
    private long setBy;

    protected DiaryBaseline() {}

    DiaryBaseline(long clientId) {
        this.clientId = clientId;
    }

    void set(LocalDate start, long userId, Instant now) {
        this.baselineStart = start;
        this.setBy = userId;
        this.setAt = now;
    }

    LocalDate getBaselineStart() {
        return baselineStart;
    }
}
