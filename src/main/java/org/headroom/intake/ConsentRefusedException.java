package org.headroom.intake;

/** A consent could not be recorded; {@link #getMessage()} is a message key. Nothing was saved. */
public class ConsentRefusedException extends IllegalArgumentException {

    public ConsentRefusedException(String messageKey) {
        super(messageKey);
    }
}
