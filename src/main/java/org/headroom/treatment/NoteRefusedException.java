package org.headroom.treatment;

/** A note action was refused; {@link #getMessage()} is a message key. Nothing was saved. */
public class NoteRefusedException extends IllegalArgumentException {

    private final String field;

    public NoteRefusedException(String messageKey, String field) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
