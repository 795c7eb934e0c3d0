package org.headroom.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A HIT-6 total, with the six answers when they were entered. */
@Entity
@Table(name = "hit6_assessment")
class Hit6Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(updatable = false)
    private Integer item1;

    @Column(updatable = false)
    private Integer item2;

    @Column(updatable = false)
    private Integer item3;

    @Column(updatable = false)
    private Integer item4;

    @Column(updatable = false)
    private Integer item5;

    @Column(updatable = false)
    private Integer item6;

    @Column(nullable = false, updatable = false)
    private int total;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    protected Hit6Assessment() {}

    @jakarta.persistence.Column(name = "client_reported")
    private boolean clientReported;

    Hit6Assessment(
            long clientId,
            LocalDate assessedOn,
            java.util.List<Integer> items,
            int total,
            long recordedBy,
            Instant now) {
        this.clientId = clientId;
        this.assessedOn = assessedOn;
        if (items != null) {
            item1 = items.get(0);
            item2 = items.get(1);
            item3 = items.get(2);
            item4 = items.get(3);
            item5 = items.get(4);
            item6 = items.get(5);
        }
        this.total = total;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    Hit6Result toResult() {
        java.util.List<Integer> items =
                item1 == null ? null : java.util.List.of(item1, item2, item3, item4, item5, item6);
        return new Hit6Result(id, assessedOn, items, total, Hit6Band.of(total), recordedBy, recordedAt, clientReported);
    }

    /** Answered by the client on their diary pages. */
    Hit6Assessment byClient() {
        clientReported = true;
        return this;
    }

    Long getId() {
        return id;
    }
}
