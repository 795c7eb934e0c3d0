package org.headroom.intake;

/** A decision could not be recorded; {@link #getMessage()} is a message key. Nothing was saved. */
public class DecisionRefusedException extends IllegalArgumentException {

    public DecisionRefusedException(String messageKey) {
        super(messageKey);
    }
}
