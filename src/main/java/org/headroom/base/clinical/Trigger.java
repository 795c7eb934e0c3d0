package org.headroom.base.clinical;

/** Suspected headache triggers (docs/clinical-rules.md, "Headache diary"). */
public enum Trigger {
    STRESS,
    SLEEP_TOO_LITTLE,
    SLEEP_TOO_MUCH,
    HORMONAL,
    MISSED_MEALS,
    DEHYDRATION,
    FOOD_DRINK,
    ALCOHOL,
    CAFFEINE,
    WEATHER,
    BRIGHT_LIGHT,
    NOISE,
    SMELLS,
    SCREEN_TIME,
    POSTURE_NECK_TENSION,
    EXERTION
}
