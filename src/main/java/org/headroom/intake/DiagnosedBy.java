package org.headroom.intake;

/** Who diagnosed the client's headaches: the therapist records the diagnosis, never makes it. */
public enum DiagnosedBy {
    GP,
    NEUROLOGIST,
    OTHER_CLINICIAN,
    NOT_DIAGNOSED
}
