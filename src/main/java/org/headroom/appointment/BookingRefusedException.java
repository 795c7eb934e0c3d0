package org.headroom.appointment;

/**
 * An online booking, cancellation or change that cannot be done; the message is a translation key,
 * {@code field} the form field it is about (or null).
 */
public class BookingRefusedException extends AppointmentRefusedException {

    private final String field;

    public BookingRefusedException(String messageKey, String field) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
