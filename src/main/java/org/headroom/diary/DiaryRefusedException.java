package org.headroom.diary;

/** A diary line or assessment was refused; {@link #getMessage()} is a message key. Nothing was saved. */
public class DiaryRefusedException extends IllegalArgumentException {

    private final String field;

    public DiaryRefusedException(String messageKey, String field) {
        super(messageKey);
        this.field = field;
    }

    /** The field the problem belongs to, for showing the message there. */
    public String field() {
        return field;
    }
}
