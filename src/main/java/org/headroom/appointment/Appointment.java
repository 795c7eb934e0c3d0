package org.headroom.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.headroom.base.AbstractEntity;

/** One appointment: the therapist, the client, its type, its time (instants), and how it ended. */
@Entity
@Table(name = "appointment")
class Appointment extends AbstractEntity {

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AppointmentSource source = AppointmentSource.PRACTICE;

    /** Raised with each change the client is told of (RFC 5545 SEQUENCE). */
    @Column(nullable = false)
    private int sequence;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Appointment() {}

    Appointment(long therapistId, long clientId, long userId, Instant now) {
        this.therapistId = therapistId;
        this.clientId = clientId;
        this.createdBy = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void place(AppointmentTypeInfo type, Instant start, Instant now) {
        typeId = type.id();
        startsAt = start;
        endsAt = start.plusSeconds(type.durationMinutes() * 60L);
        blockedUntil = endsAt.plusSeconds(type.bufferMinutes() * 60L);
        updatedAt = now;
    }

    void setStatus(AppointmentStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
        if (!status.holdsTime()) {
            cancelledAt = now;
        }
    }

    void setSource(AppointmentSource source) {
        this.source = source;
    }

    /** A change the client is told of: the calendar file's SEQUENCE goes up. */
    void changedForClient() {
        sequence++;
    }

    int getSequence() {
        return sequence;
    }

    long getTherapistId() {
        return therapistId;
    }

    long getClientId() {
        return clientId;
    }

    long getTypeId() {
        return typeId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    Instant getBlockedUntil() {
        return blockedUntil;
    }

    AppointmentStatus getStatus() {
        return status;
    }
}
