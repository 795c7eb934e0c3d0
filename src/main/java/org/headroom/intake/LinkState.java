package org.headroom.intake;

/** Whether an intake link can still be used. An unknown token says no more than an expired one. */
public enum LinkState {
    VALID,
    EXPIRED,
    USED,
    LOCKED,
    UNKNOWN
}
