package org.headroom.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A signed session as outcome figures need it. */
public record TreatedSession(
        LocalDate date, Integer painBefore, Integer painAfter, List<TechniqueUse> techniques, Set<BodyRegion> areas) {}
