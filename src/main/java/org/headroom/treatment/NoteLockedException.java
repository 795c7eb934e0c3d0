package org.headroom.treatment;

/** A signed note cannot be edited or deleted; a correction is an amendment. */
public class NoteLockedException extends IllegalStateException {

    public NoteLockedException(Object noteId) {
        super("Session note " + noteId + " is signed and cannot be changed");
    }
}
