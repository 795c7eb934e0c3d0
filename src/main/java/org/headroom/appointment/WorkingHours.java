package org.headroom.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.headroom.base.AbstractEntity;

/**
 * One stretch of a therapist's working day. A day with a break has two stretches; a weekday with
 * none is not worked.
 */
@Entity
@Table(name = "working_hours")
class WorkingHours extends AbstractEntity {

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(nullable = false)
    private int weekday;

    @Column(nullable = false)
    private LocalTime starts;

    @Column(nullable = false)
    private LocalTime ends;

    protected WorkingHours() {}

    WorkingHours(long therapistId, WorkingStretch stretch) {
        this.therapistId = therapistId;
        this.weekday = stretch.day().getValue();
        this.starts = stretch.starts();
        this.ends = stretch.ends();
    }

    long getTherapistId() {
        return therapistId;
    }

    WorkingStretch toStretch() {
        return new WorkingStretch(DayOfWeek.of(weekday), starts, ends);
    }
}
