package org.headroom.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records must be kept before a client's request to erase them can be met
 * (docs/clinical-rules.md, "Record keeping": commonly 7-10 years after the last treatment, and
 * for children until well after they turn 18; a setting). Set as {@code headroom.retention.*}.
 *
 * @param yearsAfterLastTreatment kept this many years after the last signed session
 * @param childUntilAge a client treated before 18 is kept at least until this birthday
 */
@ConfigurationProperties("headroom.retention")
public record RetentionSettings(
        @DefaultValue("8") int yearsAfterLastTreatment, @DefaultValue("25") int childUntilAge) {}
