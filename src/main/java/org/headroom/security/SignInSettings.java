package org.headroom.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled (OWASP ASVS 2.2.1): an account locks after {@code
 * maxFailures} failures in a row for {@code lockDuration} (the admin can lift it sooner); an
 * address that fails {@code addressMaxFailures} times within {@code addressWindow} is refused
 * until its failures age out. Set as {@code headroom.security.sign-in.*}.
 */
@ConfigurationProperties("headroom.security.sign-in")
public record SignInSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("15m") Duration addressWindow) {}
