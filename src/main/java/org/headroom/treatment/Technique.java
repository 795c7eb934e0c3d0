package org.headroom.treatment;

/** The techniques of the session-note taxonomy (docs/clinical-rules.md, "Who uses the product"). */
public enum Technique {
    SWEDISH_MASSAGE,
    TRIGGER_POINT_THERAPY,
    DEEP_TISSUE_MASSAGE,
    CRANIOSACRAL_THERAPY,
    MYOFASCIAL_RELEASE,
    ACUPRESSURE,
    NEUROMUSCULAR_THERAPY,
    REFLEXOLOGY,
    AROMATHERAPY
}
