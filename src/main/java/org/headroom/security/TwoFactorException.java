package org.headroom.security;

/** A two-factor step was refused; the message is a key. Nothing was changed. */
public class TwoFactorException extends IllegalArgumentException {

    public TwoFactorException(String messageKey) {
        super(messageKey);
    }
}
