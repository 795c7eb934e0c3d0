package org.headroom.base.clinical;

/**
 * Headache types a client may report, as diagnosed by a GP or neurologist (ICHD-3 names;
 * docs/clinical-rules.md, "ICHD-3 summary"). Recorded, never diagnosed by the therapist.
 */
public enum HeadacheType {
    MIGRAINE_WITHOUT_AURA,
    MIGRAINE_WITH_AURA,
    TENSION_TYPE,
    CLUSTER,
    CERVICOGENIC,
    MEDICATION_OVERUSE,
    OTHER
}
