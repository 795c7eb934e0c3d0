package org.headroom.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.headroom.base.AbstractEntity;

/** A kind of appointment: its name, length, the buffer kept free after it, and its colour. */
@Entity
@Table(name = "appointment_type")
class AppointmentType extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(nullable = false, length = 7)
    private String colour;

    private boolean active = true;

    protected AppointmentType() {}

    AppointmentTypeInfo toInfo() {
        return new AppointmentTypeInfo(getId(), name, durationMinutes, bufferMinutes, colour, active);
    }
}
