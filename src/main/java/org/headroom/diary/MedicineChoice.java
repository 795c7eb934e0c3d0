package org.headroom.diary;

import org.headroom.base.clinical.AcuteMedicationClass;

/** A medicine on the client's own list. */
public record MedicineChoice(long id, String name, AcuteMedicationClass medicationClass) {}
