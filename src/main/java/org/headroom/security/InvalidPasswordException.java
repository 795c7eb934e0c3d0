package org.headroom.security;

/** A password was refused; {@link #messageKey()} names the reason in the message bundle. */
public class InvalidPasswordException extends IllegalArgumentException {

    private final String messageKey;
    private final int limit;

    InvalidPasswordException(String messageKey, int limit) {
        super(messageKey + " (" + limit + ")");
        this.messageKey = messageKey;
        this.limit = limit;
    }

    public String messageKey() {
        return messageKey;
    }

    public int limit() {
        return limit;
    }
}
