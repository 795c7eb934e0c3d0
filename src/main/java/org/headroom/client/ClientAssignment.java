package org.headroom.client;

import java.time.LocalDate;

/** A client as the practice admin sees it for assignment: identity and therapist, no clinical data. */
public record ClientAssignment(
        long id,
        long version,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        long therapistId,
        boolean archived) {

    public String sortableName() {
        return lastName + ", " + firstName;
    }
}
