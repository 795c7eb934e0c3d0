package org.headroom.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.headroom.base.AbstractEntity;

/** A questionnaire the therapist asks the client to answer every so many days, from a first date. */
@Entity
@Table(name = "questionnaire_schedule")
class QuestionnaireSchedule extends AbstractEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Instrument instrument;

    @Column(name = "every_days", nullable = false)
    private int everyDays;

    @Column(name = "next_due", nullable = false)
    private LocalDate nextDue;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionnaireSchedule() {}

    QuestionnaireSchedule(long clientId, Instrument instrument) {
        this.clientId = clientId;
        this.instrument = instrument;
    }

    void set(int everyDays, LocalDate firstDue, long userId, Instant now) {
        this.everyDays = everyDays;
        this.nextDue = firstDue;
        this.createdBy = userId;
        this.createdAt = now;
    }

    /** Answered on {@code day}: due again after the interval. */
    void answered(LocalDate day) {
        nextDue = day.plusDays(everyDays);
    }

    long getClientId() {
        return clientId;
    }

    boolean dueOn(LocalDate day) {
        return !nextDue.isAfter(day);
    }

    ScheduleInfo toInfo() {
        return new ScheduleInfo(getId(), instrument, everyDays, nextDue);
    }
}
