package org.headroom.treatment;

/** A note is a draft until signed; a signed note is never edited in place. */
public enum NoteStatus {
    DRAFT,
    SIGNED
}
