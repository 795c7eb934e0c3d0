package org.headroom.base.clinical;

/** Symptoms accompanying a headache (IHS trial guidelines; clinical-reference.md). */
public enum AssociatedSymptom {
    NAUSEA,
    VOMITING,
    PHOTOPHOBIA,
    PHONOPHOBIA
}
