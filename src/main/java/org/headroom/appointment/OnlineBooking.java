package org.headroom.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether a therapist's free times are offered on the public booking page. */
@Entity
@Table(name = "online_booking")
class OnlineBooking {

    @Id
    @Column(name = "therapist_id")
    private Long therapistId;

    @Column(nullable = false)
    private boolean enabled;

    @Version
    private long version;

    protected OnlineBooking() {}

    OnlineBooking(long therapistId, boolean enabled) {
        this.therapistId = therapistId;
        this.enabled = enabled;
    }

    long therapistId() {
        return therapistId;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
