package org.headroom.base.embeddeddb;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded MariaDB used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where the data lives between runs; empty for a throw-away database (tests)
 * @param port TCP port, 0 for any free one
 * @param databaseName schema created on start
 * @param binariesDir where the server's programs are unpacked once per MariaDB version and reused
 *     by every later start; empty to unpack them afresh into a temporary folder on every start
 */
@ConfigurationProperties("headroom.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("") String dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("headroom") String databaseName,
        @DefaultValue("") String binariesDir) {

    boolean isEphemeral() {
        return dataDir == null || dataDir.isBlank();
    }
}
