package org.headroom.diary;

/** Numeric ratings recorded over time, each 0-10 (docs/clinical-rules.md, "Numeric rating scales"). */
public enum RatingKind {
    STRESS,
    SLEEP_QUALITY,
    NECK_SHOULDER_TENSION
}
