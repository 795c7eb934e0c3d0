package org.headroom.appointment;

import java.time.LocalDate;

/**
 * What someone new gives on the booking page.
 *
 * @param website the honeypot: a field people never see and robots fill in
 */
public record BookingRequest(
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String email,
        String phone,
        boolean agreesToBeContacted,
        String website) {}
