package org.headroom.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/**
 * Five minutes of a therapist's time held by an appointment (with its buffer). The primary key
 * (therapist, slot) is what refuses a double booking: two bookings that overlap want the same row.
 */
@Entity
@Table(name = "appointment_slot")
@IdClass(AppointmentSlot.Key.class)
class AppointmentSlot implements Persistable<AppointmentSlot.Key> {

    static final int MINUTES = 5;

    @Id
    @Column(name = "therapist_id")
    private long therapistId;

    @Id
    @Column(name = "slot_start")
    private Instant slotStart;

    @Column(name = "appointment_id", nullable = false)
    private long appointmentId;

    protected AppointmentSlot() {}

    AppointmentSlot(long therapistId, Instant slotStart, long appointmentId) {
        this.therapistId = therapistId;
        this.slotStart = slotStart;
        this.appointmentId = appointmentId;
    }

    /** Always inserted, never merged: a slot someone else holds must fail, not be taken over. */
    @Override
    public boolean isNew() {
        return true;
    }

    @Override
    public Key getId() {
        return new Key(therapistId, slotStart);
    }

    /** The key of a slot row. */
    static class Key implements Serializable {
        private long therapistId;
        private Instant slotStart;

        protected Key() {}

        Key(long therapistId, Instant slotStart) {
            this.therapistId = therapistId;
            this.slotStart = slotStart;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.therapistId == therapistId && Objects.equals(k.slotStart, slotStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(therapistId, slotStart);
        }
    }
}
