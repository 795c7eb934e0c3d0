package org.headroom.privacy;

import java.time.LocalDate;

/** The retention rule, pure: until when a client's records must be kept. */
final class Retention {

    private Retention() {}

    /**
     * @param lastTreatment the last signed session, or when the record was opened if never treated
     * @param firstTreatment the first signed session, or null if never treated
     */
    static LocalDate keepUntil(
            LocalDate dateOfBirth, LocalDate firstTreatment, LocalDate lastTreatment, RetentionSettings settings) {
        LocalDate until = lastTreatment.plusYears(settings.yearsAfterLastTreatment());
        boolean treatedAsChild = firstTreatment != null && firstTreatment.isBefore(dateOfBirth.plusYears(18));
        if (treatedAsChild) {
            LocalDate birthday = dateOfBirth.plusYears(settings.childUntilAge());
            if (birthday.isAfter(until)) {
                until = birthday;
            }
        }
        return until;
    }
}
