package org.headroom.treatment;

/** A technique used in a session, for how many minutes and with what pressure. */
public record TechniqueUse(Technique technique, Integer minutes, PressureLevel pressure) {}
