package org.headroom.base.clinical;

/** Aura symptom types (ICHD-3; docs/clinical-rules.md, "Headache diary"). */
public enum AuraType {
    VISUAL,
    SENSORY,
    SPEECH_LANGUAGE,
    MOTOR,
    BRAINSTEM,
    RETINAL
}
