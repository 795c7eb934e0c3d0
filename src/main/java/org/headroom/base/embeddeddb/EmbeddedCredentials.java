package org.headroom.base.embeddeddb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded server's accounts: an owner that runs the migrations, a data-only account for the
 * application (it can read and write rows, not change tables or triggers, so it cannot empty the
 * audit trail), and an administrator. Passwords are generated on the first start and kept beside
 * the data, readable by the owner of the process only.
 */
record EmbeddedCredentials(String ownerPassword, String appPassword, String adminPassword) {

    static final String OWNER = "headroom_owner";
    static final String APP = "headroom_app";
    static final String ADMIN = "root";
    /** Every account is bound to the loopback address the server listens on. */
    static final String HOST = "127.0.0.1";

    static final String FILE = "headroom-credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(secret(), secret(), secret());
    }

    static Optional<EmbeddedCredentials> load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return Optional.of(new EmbeddedCredentials(
                values.getProperty("owner.password"),
                values.getProperty("app.password"),
                values.getProperty("admin.password")));
    }

    void save(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Properties values = new Properties();
        values.setProperty("owner.user", OWNER);
        values.setProperty("owner.password", ownerPassword);
        values.setProperty("app.user", APP);
        values.setProperty("app.password", appPassword);
        values.setProperty("admin.user", ADMIN);
        values.setProperty("admin.password", adminPassword);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Accounts of Headroom's embedded MariaDB (127.0.0.1 only). Keep private.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * Statements the server runs once, before it accepts connections, that leave it with no account
     * reachable over TCP but these three, each with a password. One statement a line (init file).
     */
    String bootstrapSql(String database) {
        return String.join(
                "\n",
                "CREATE DATABASE IF NOT EXISTS `" + database + "`"
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                // Anonymous and host-wide accounts from the installer, and any older passwordless ones.
                "DELETE FROM mysql.global_priv WHERE User = '' OR Host <> 'localhost';",
                "FLUSH PRIVILEGES;",
                account(OWNER, ownerPassword),
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + OWNER + "'@'" + HOST + "';",
                account(APP, appPassword),
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + database + "`.* TO '" + APP + "'@'" + HOST + "';",
                account(ADMIN, adminPassword),
                "GRANT ALL PRIVILEGES ON *.* TO '" + ADMIN + "'@'" + HOST + "' WITH GRANT OPTION;",
                "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED BY '" + adminPassword + "';",
                "FLUSH PRIVILEGES;");
    }

    private static String account(String user, String password) {
        return "CREATE OR REPLACE USER '" + user + "'@'" + HOST + "' IDENTIFIED BY '" + password + "';";
    }

    /** 128 random bits as hex: nothing that needs quoting in SQL or a shell. */
    private static String secret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[owner, app, admin]";
    }
}
