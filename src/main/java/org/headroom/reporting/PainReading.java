package org.headroom.reporting;

/** How a session's change in pain reads against the minimal clinically important difference. */
public enum PainReading {
    IMPROVED,
    NO_CHANGE,
    WORSE;

    /**
     * A fall (or rise) counts when it reaches {@code points} on the 0-10 scale or {@code percent} of
     * the starting pain; anything smaller is no change (docs/clinical-rules.md, MCID).
     */
    static PainReading of(int before, int after, int points, int percent) {
        int change = after - before;
        if (change == 0) {
            return NO_CHANGE;
        }
        double relative = before == 0 ? Double.POSITIVE_INFINITY : Math.abs(change) * 100.0 / before;
        boolean meaningful = Math.abs(change) >= points || relative >= percent;
        if (!meaningful) {
            return NO_CHANGE;
        }
        return change < 0 ? IMPROVED : WORSE;
    }
}
