package org.headroom.diary;

/** The questionnaires a client can answer on their diary pages (docs/clinical-rules.md, "MIDAS", "HIT-6"). */
public enum Instrument {
    MIDAS,
    HIT6
}
