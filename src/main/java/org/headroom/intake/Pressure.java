package org.headroom.intake;

/** Preferred massage pressure. */
public enum Pressure {
    LIGHT,
    MEDIUM,
    FIRM
}
