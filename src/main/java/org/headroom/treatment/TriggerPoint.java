package org.headroom.treatment;

/** A trigger point found on palpation: which muscle, which side. */
public record TriggerPoint(Muscle muscle, Side side) {

    /** Muscles most often involved in headache (head, neck and shoulder girdle). */
    public enum Muscle {
        UPPER_TRAPEZIUS,
        LEVATOR_SCAPULAE,
        STERNOCLEIDOMASTOID,
        SUBOCCIPITALS,
        SPLENIUS_CAPITIS,
        SCALENES,
        TEMPORALIS,
        MASSETER
    }
}
