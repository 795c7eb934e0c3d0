package org.headroom.intake;

/** The therapist's decision when a red flag, a do-not-treat contraindication or medication overuse is present. */
public enum Decision {
    /** Refer to the GP before treating; needs the referral date. */
    REFER,
    /** Defer treatment; needs a reason. */
    DEFER,
    /** Treat anyway; needs the reason (for example the GP has cleared treatment). */
    TREAT
}
