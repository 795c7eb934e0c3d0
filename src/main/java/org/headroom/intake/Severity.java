package org.headroom.intake;

/** How a contraindication affects treatment; a practice setting per item. */
public enum Severity {
    /** Treat with care, adapting technique, pressure or oils. */
    CAUTION,
    /** Do not treat until the therapist records a decision. */
    DO_NOT_TREAT
}
