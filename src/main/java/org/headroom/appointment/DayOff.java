package org.headroom.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.headroom.base.AbstractEntity;

/** Days a therapist does not work (holiday, training), first and last day included. */
@Entity
@Table(name = "day_off")
class DayOff extends AbstractEntity {

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(length = 200)
    private String note;

    protected DayOff() {}

    DayOff(long therapistId, LocalDate firstDay, LocalDate lastDay, String note) {
        this.therapistId = therapistId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.note = note;
    }

    long getTherapistId() {
        return therapistId;
    }

    DaysOff toInfo() {
        return new DaysOff(getId(), firstDay, lastDay, note);
    }
}
