package org.headroom.appointment;

/** Who booked an appointment: the practice, the client online, or the client from their diary. */
public enum AppointmentSource {
    PRACTICE,
    ONLINE,
    DIARY
}
