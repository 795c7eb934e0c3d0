package org.headroom.appointment;

/** A booking, move or outcome was refused; {@link #getMessage()} is a message key. Nothing was saved. */
public class AppointmentRefusedException extends IllegalArgumentException {

    public AppointmentRefusedException(String messageKey) {
        super(messageKey);
    }
}
