package org.headroom.appointment;

/** Where an appointment stands; every appointment ends as attended, no-show or a cancellation. */
public enum AppointmentStatus {
    BOOKED,
    ATTENDED,
    NO_SHOW,
    CANCELLED,
    LATE_CANCELLATION;

    /** Whether the appointment still holds its time in the therapist's book. */
    public boolean holdsTime() {
        return this == BOOKED || this == ATTENDED || this == NO_SHOW;
    }
}
