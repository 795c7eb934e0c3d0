package org.headroom.diary;

/** Numeric ratings recorded over time, each 0-10 (clinical-reference.md, "Numeric rating scales"). */
public enum RatingKind {
    STRESS,
    SLEEP_QUALITY,
    NECK_SHOULDER_TENSION
}
