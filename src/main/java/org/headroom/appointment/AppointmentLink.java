package org.headroom.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * A link in a message to the client with which they cancel or reschedule one appointment; only the
 * hash of its secret is kept. Each message carries its own link, so earlier ones keep working.
 */
@Entity
@Table(name = "appointment_link")
class AppointmentLink implements Persistable<String> {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AppointmentLink() {}

    AppointmentLink(String tokenHash, long appointmentId, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.appointmentId = appointmentId;
        this.createdAt = createdAt;
    }

    long getAppointmentId() {
        return appointmentId;
    }

    @Override
    public String getId() {
        return tokenHash;
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
