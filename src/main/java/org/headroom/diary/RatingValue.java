package org.headroom.diary;

import java.time.LocalDate;

/** One rating on a date. */
public record RatingValue(long id, LocalDate ratedOn, RatingKind kind, int value, long recordedBy) {}
