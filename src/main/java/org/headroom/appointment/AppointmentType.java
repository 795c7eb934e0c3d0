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

    AppointmentType(AppointmentTypeForm form) {
        apply(form);
    }

    void apply(AppointmentTypeForm form) {
        name = form.getName().strip();
        durationMinutes = form.getDurationMinutes();
        bufferMinutes = form.getBufferMinutes();
        colour = form.getColour().toLowerCase(java.util.Locale.ROOT);
        active = form.isActive();
    }

    AppointmentTypeForm toForm() {
        AppointmentTypeForm form = new AppointmentTypeForm();
        form.setId(getId());
        form.setVersion(getVersion());
        form.setName(name);
        form.setDurationMinutes(durationMinutes);
        form.setBufferMinutes(bufferMinutes);
        form.setColour(colour);
        form.setActive(active);
        return form;
    }

    AppointmentTypeInfo toInfo() {
        return new AppointmentTypeInfo(getId(), name, durationMinutes, bufferMinutes, colour, active);
    }
}
