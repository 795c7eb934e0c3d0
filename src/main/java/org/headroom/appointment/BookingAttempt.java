package org.headroom.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A booking sent from an address (its hash only), kept for an hour to throttle the public page. */
@Entity
@Table(name = "booking_attempt")
class BookingAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "address_hash", nullable = false, length = 64)
    private String addressHash;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected BookingAttempt() {}

    BookingAttempt(String addressHash, Instant attemptedAt) {
        this.addressHash = addressHash;
        this.attemptedAt = attemptedAt;
    }
}
