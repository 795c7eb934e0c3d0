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

/** A MIDAS questionnaire as answered on a date; kept as recorded (a repeat is a new row). */
@Entity
@Table(name = "midas_assessment")
class MidasAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(updatable = false)
    private int q1;

    @Column(updatable = false)
    private int q2;

    @Column(updatable = false)
    private int q3;

    @Column(updatable = false)
    private int q4;

    @Column(updatable = false)
    private int q5;

    @Column(name = "headache_days", updatable = false)
    private Integer headacheDays;

    @Column(name = "average_pain", updatable = false)
    private Integer averagePain;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    protected MidasAssessment() {}

    MidasAssessment(long clientId, LocalDate assessedOn, MidasAnswers a, long recordedBy, Instant now) {
        this.clientId = clientId;
        this.assessedOn = assessedOn;
        this.q1 = a.q1();
        this.q2 = a.q2();
        this.q3 = a.q3();
        this.q4 = a.q4();
        this.q5 = a.q5();
        this.headacheDays = a.headacheDays();
        this.averagePain = a.averagePain();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    MidasResult toResult(boolean splitGradeFour) {
        MidasAnswers answers = new MidasAnswers(q1, q2, q3, q4, q5, headacheDays, averagePain);
        return new MidasResult(
                id,
                assessedOn,
                answers,
                answers.score(),
                MidasGrade.of(answers.score(), splitGradeFour),
                recordedBy,
                recordedAt);
    }
}

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
        return new Hit6Result(id, assessedOn, items, total, Hit6Band.of(total), recordedBy, recordedAt);
    }
}

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
