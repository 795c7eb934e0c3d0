package org.headroom.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.headroom.base.clinical.AcuteMedicationClass;

/** A row of {@code diary_medicine_taken}: one medicine on one day for a diary line. */
@Embeddable
class MedicineIntake {

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "medication_class", length = 30)
    private AcuteMedicationClass medicationClass;

    @Column(nullable = false)
    private int doses;

    protected MedicineIntake() {}

    MedicineIntake(MedicineTaken taken) {
        this.takenOn = taken.takenOn();
        this.name = taken.name() == null ? "" : taken.name().trim();
        this.medicationClass = taken.medicationClass();
        this.doses = taken.doses();
    }

    MedicineTaken toTaken() {
        return new MedicineTaken(takenOn, name, medicationClass, doses);
    }
}
