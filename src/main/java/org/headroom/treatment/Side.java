package org.headroom.treatment;

/** Which side a finding or a treated area is on: left and right matter. */
public enum Side {
    LEFT,
    RIGHT,
    BOTH,
    MIDLINE
}
