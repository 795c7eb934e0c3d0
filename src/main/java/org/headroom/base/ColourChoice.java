package org.headroom.base;

/**
 * The colours a person chose: as their device is set (its light or dark scheme), always light, or
 * always dim, the low-light theme for photophobia (frontend/styles/headroom.css).
 */
public enum ColourChoice {
    SYSTEM,
    LIGHT,
    DIM
}
