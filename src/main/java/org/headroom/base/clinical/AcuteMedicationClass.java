package org.headroom.base.clinical;

/**
 * Classes of acute (rescue) headache medication. The medication-overuse rule counts days
 * differently for {@link #isSpecific() triptans, ergots, opioids and combination analgesics} than
 * for simple analgesics and NSAIDs (docs/clinical-rules.md, "Medication-overuse headache").
 */
public enum AcuteMedicationClass {
    NONE(false),
    SIMPLE_ANALGESIC(false),
    NSAID(false),
    TRIPTAN(true),
    ERGOT(true),
    OPIOID(true),
    COMBINATION_ANALGESIC(true);

    private final boolean specific;

    AcuteMedicationClass(boolean specific) {
        this.specific = specific;
    }

    /** Triptans, ergots, opioids and combination analgesics: overuse from 10 days a month. */
    public boolean isSpecific() {
        return specific;
    }
}
