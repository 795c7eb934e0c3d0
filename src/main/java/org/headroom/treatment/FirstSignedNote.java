package org.headroom.treatment;

import java.time.LocalDate;
import java.util.Optional;
import org.headroom.diary.FirstTreatment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The first treatment is the earliest signed session note; the diary's default baseline ends there. */
@Component
class FirstSignedNote implements FirstTreatment {

    private final SessionNoteRepository notes;

    FirstSignedNote(SessionNoteRepository notes) {
        this.notes = notes;
    }

    /** Callers have checked access to the client (the diary service does). */
    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> firstTreatment(long clientId) {
        return notes.firstSignedDate(clientId);
    }
}
