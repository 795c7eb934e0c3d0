package org.headroom.intake;

/**
 * Red flags screened at intake: the modified SNOOP4 list plus, for massage, recent head or neck
 * injury and unexplained new headaches (docs/clinical-rules.md, "Red flags at intake"). Any one
 * ticked means: refer to the GP before treating, or record why treatment goes ahead.
 */
public enum RedFlag {
    FEVER_OR_WEIGHT_LOSS,
    CANCER_HISTORY,
    IMMUNOSUPPRESSION,
    PREGNANCY_OR_POSTPARTUM,
    NEUROLOGICAL_SYMPTOMS,
    THUNDERCLAP_ONSET,
    NEW_AFTER_FIFTY,
    PATTERN_CHANGE,
    POSITIONAL_OR_VALSALVA,
    PAPILLOEDEMA,
    HEAD_OR_NECK_INJURY,
    UNEXPLAINED_NEW_HEADACHES
}
