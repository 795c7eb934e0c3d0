package org.headroom.diary;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The date of a client's first treatment, from the session notes: the default baseline is the 28
 * days before it. Implemented by the feature that keeps session notes.
 */
public interface FirstTreatment {

    Optional<LocalDate> firstTreatment(long clientId);
}
