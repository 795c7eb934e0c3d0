package org.headroom.diary;

import java.time.Instant;

/**
 * Who recorded a diary line and when; whether the client filled it in late (after the day); and,
 * when the therapist corrected a client's line, when, and the client's own words as they saved them.
 *
 * @param clientOriginal the client's line as they saved it; null unless corrected
 */
public record EntryOrigin(
        EntrySource source, Instant recordedAt, boolean late, Instant correctedAt, DiaryEntryData clientOriginal) {

    public static EntryOrigin therapist(Instant at) {
        return new EntryOrigin(EntrySource.THERAPIST, at, false, null, null);
    }

    public boolean byClient() {
        return source == EntrySource.CLIENT;
    }

    public boolean corrected() {
        return correctedAt != null;
    }
}
