package org.headroom.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @jakarta.persistence.Column(name = "client_reported")
    private boolean clientReported;

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
                recordedAt,
                clientReported);
    }

    /** Answered by the client on their diary pages. */
    MidasAssessment byClient() {
        clientReported = true;
        return this;
    }

    Long getId() {
        return id;
    }
}
