package org.headroom.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A signed session as outcome figures need it, with any amendment's corrections applied.
 *
 * @param painAmended whether an amendment corrected the pain before or after
 */
public record TreatedSession(
        LocalDate date,
        Integer painBefore,
        Integer painAfter,
        List<TechniqueUse> techniques,
        Set<BodyRegion> areas,
        boolean painAmended) {}
