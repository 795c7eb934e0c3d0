package org.headroom.diary;

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

/** A 0-10 rating on a date. */
@Entity
@Table(name = "rating")
class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "rated_on", nullable = false, updatable = false)
    private LocalDate ratedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private RatingKind kind;

    @Column(nullable = false, updatable = false)
    private int value;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    protected Rating() {}

    Rating(long clientId, LocalDate ratedOn, RatingKind kind, int value, long recordedBy, Instant now) {
        this.clientId = clientId;
        this.ratedOn = ratedOn;
        this.kind = kind;
        this.value = value;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    RatingValue toValue() {
        return new RatingValue(id, ratedOn, kind, value, recordedBy);
    }
}
