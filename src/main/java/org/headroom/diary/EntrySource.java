package org.headroom.diary;

/** Who wrote a diary line: the therapist (in the room or from a paper diary), or the client on their own device. */
public enum EntrySource {
    THERAPIST,
    CLIENT
}
