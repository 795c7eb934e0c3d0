package org.headroom.base.clinical;

/** Symptoms accompanying a headache (IHS trial guidelines; docs/clinical-rules.md). */
public enum AssociatedSymptom {
    NAUSEA,
    VOMITING,
    PHOTOPHOBIA,
    PHONOPHOBIA
}
