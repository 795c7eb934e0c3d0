package org.headroom.appointment;

/** The time (with its buffer) overlaps another appointment of the therapist: nothing was booked. */
public class AppointmentTakenException extends AppointmentRefusedException {

    public AppointmentTakenException() {
        super("appointment.taken");
    }
}
