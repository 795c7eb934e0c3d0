package org.headroom.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.headroom.base.AbstractEntity;
import org.headroom.base.clinical.AcuteMedicationClass;

/** An acute medicine on the client's own list, set once and chosen with one tap when a headache is recorded. */
@Entity
@Table(name = "client_medicine")
class ClientMedicine extends AbstractEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "medication_class", nullable = false, length = 30)
    private AcuteMedicationClass medicationClass;

    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ClientMedicine() {}

    ClientMedicine(long clientId, String name, AcuteMedicationClass medicationClass, Instant now) {
        this.clientId = clientId;
        this.name = name;
        this.medicationClass = medicationClass;
        this.createdAt = now;
    }

    long getClientId() {
        return clientId;
    }

    void remove() {
        active = false;
    }

    MedicineChoice toChoice() {
        return new MedicineChoice(getId(), name, medicationClass);
    }
}
