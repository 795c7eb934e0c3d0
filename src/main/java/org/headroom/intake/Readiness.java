package org.headroom.intake;

/**
 * Whether a client may be treated, from their intake, its decisions and their consents (the red-flag
 * gate of docs/clinical-rules.md, "Red flags at intake"). Only {@link #READY} allows a session note.
 */
public enum Readiness {
    /** No completed intake yet. */
    NO_INTAKE,
    /** A red flag, do-not-treat contraindication or medication overuse awaits the therapist's decision. */
    DECISION_NEEDED,
    /** Referred to the GP; not treated until a decision to treat is recorded. */
    REFERRED,
    /** Treatment deferred. */
    DEFERRED,
    /** Consent to treatment or to keeping health data is missing or withdrawn. */
    CONSENT_MISSING,
    READY;

    public boolean allowsTreatment() {
        return this == READY;
    }
}
