package org.headroom.treatment;

/** Pressure used with a technique. */
public enum PressureLevel {
    LIGHT,
    MEDIUM,
    FIRM
}
