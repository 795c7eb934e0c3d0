package org.headroom.client;

import java.time.LocalDate;

/** A row in the client list. */
public record ClientSummary(
        long id,
        String firstName,
        String lastName,
        String preferredName,
        LocalDate dateOfBirth,
        int age,
        String phone,
        String email,
        boolean archived,
        boolean bookedOnline) {

    /** "Last, First" as therapists file records. */
    public String sortableName() {
        return lastName + ", " + firstName;
    }
}
