package org.headroom.base.embeddeddb;

import org.springframework.core.env.Environment;

/** Whether this run uses the embedded MariaDB (no database configured, not production). */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {}

    public static boolean inUse(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return !environment.matchesProfiles("prod") && (url == null || url.isBlank());
    }
}
