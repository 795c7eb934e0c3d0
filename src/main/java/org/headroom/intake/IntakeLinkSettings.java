package org.headroom.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake links sent to clients: how long a link stays valid and how many wrong dates of birth lock it.
 *
 * @param validity default 72 hours
 * @param maxWrongAnswers default 5
 */
@ConfigurationProperties("headroom.intake-link")
public record IntakeLinkSettings(@DefaultValue("72h") Duration validity, @DefaultValue("5") int maxWrongAnswers) {}
