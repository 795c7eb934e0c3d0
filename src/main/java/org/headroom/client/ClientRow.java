package org.headroom.client;

import java.time.LocalDate;

/**
 * The columns of a row in the client list, read straight from the query: a list needs none of a
 * client's notes, address or GP details, and no entity to track.
 */
record ClientRow(
        Long id,
        String firstName,
        String lastName,
        String preferredName,
        LocalDate dateOfBirth,
        String phone,
        String email,
        boolean archived,
        boolean bookedOnline) {

    ClientSummary toSummary(LocalDate today) {
        return new ClientSummary(
                id,
                firstName,
                lastName,
                preferredName,
                dateOfBirth,
                ClientDetails.ageOn(dateOfBirth, today),
                phone,
                email,
                archived,
                bookedOnline);
    }
}
