package org.headroom.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The size of a synthetic practice for measuring performance ({@code headroom.synthetic.*}).
 *
 * @param generate load it on start (only into a database without one)
 * @param exit stop the application once it is loaded
 */
@ConfigurationProperties("headroom.synthetic")
public record SyntheticPracticeSettings(
        @DefaultValue("false") boolean generate,
        @DefaultValue("false") boolean exit,
        @DefaultValue("50") int therapists,
        @DefaultValue("10000") int clients,
        @DefaultValue("5") int years,
        @DefaultValue("42") long seed,
        @DefaultValue("true") boolean appointments) {}
