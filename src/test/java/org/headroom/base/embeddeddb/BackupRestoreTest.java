package org.headroom.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * docker/backup.sh and docker/restore.sh, run as an operator would against a MariaDB: a practice
 * with records is backed up, restored into a new, empty database, and every row is there; the
 * application then starts on the restored database and reads it.
 */
@ExtendWith(KeepsSecurityStrategy.class)
class BackupRestoreTest {

    @Test
    void a_backup_restores_into_an_empty_database_with_every_row_and_the_app_runs_on_it(
            @org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        String sourceUrl = ExtraApplication.freshSchemaUrl("backup_source");
        String sourceName = schema(sourceUrl);
        try (ConfigurableApplicationContext app = ExtraApplication.demo("spring.datasource.url=" + sourceUrl)) {
            assertThat(new JdbcTemplate(app.getBean(DataSource.class))
                            .queryForObject("select count(*) from session_note", Long.class))
                    .as("the demo practice has records to back up")
                    .isPositive();
        }
        Map<String, Long> sourceCounts = counts(jdbc(sourceName));

        Path dump = folder.resolve("backup.sql.gz");
        run("docker/backup.sh", dump.toString(), sourceName);
        String restoredName = schema(ExtraApplication.freshSchemaUrl("backup_restored"));
        jdbc("").execute("create database " + restoredName);
        run("docker/restore.sh", dump.toString(), restoredName);
        assertThat(run("docker/restore.sh", dump.toString(), restoredName))
                .as("a second restore into a database with tables is refused")
                .isNotZero();

        Map<String, Long> restoredCounts = counts(jdbc(restoredName));
        assertThat(restoredCounts).isEqualTo(sourceCounts);
        assertThat(restoredCounts.get("audit_event")).isPositive();
        assertThat(jdbc(restoredName)
                        .queryForObject(
                                "select count(*) from information_schema.triggers where trigger_schema = database()",
                                Long.class))
                .as("the audit trail stays append-only")
                .isEqualTo(2);

        String restoredUrl = ExtraApplication.freshSchemaUrl("x").replaceAll("/[^/]*$", "/" + restoredName);
        try (ConfigurableApplicationContext app = ExtraApplication.production("spring.datasource.url=" + restoredUrl)) {
            var system = app.getBean(org.headroom.security.SystemAccounts.class);
            var clients = app.getBean(org.headroom.client.ClientService.class);
            long seen = system.runAs("sarah", () -> clients.count(org.headroom.client.ClientFilter.active()));
            assertThat(seen)
                    .isEqualTo(jdbc(restoredName)
                            .queryForObject(
                                    "select count(*) from client c join app_user u on u.id = c.therapist_id"
                                            + " where u.username = 'sarah' and c.archived = false",
                                    Long.class));
        }
    }

    private static int run(String script, String file, String database) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder("bash", script, file).redirectErrorStream(true);
        String url = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties("", 0, "headroom", ""));
        String port = url.replaceAll(".*:(\\d+)/.*", "$1");
        process.environment().put("DB_HOST", "127.0.0.1");
        process.environment().put("DB_PORT", port);
        process.environment().put("DB_USER", EmbeddedCredentials.ADMIN);
        process.environment().put("DB_PASSWORD", EmbeddedMariaDb.credentials().adminPassword());
        process.environment().put("DB_NAME", database);
        process.environment()
                .put("MARIADB_BIN", EmbeddedMariaDb.baseDir().resolve("bin").toString());
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor(120, TimeUnit.SECONDS)).isTrue();
        if (started.exitValue() != 0 && !output.contains("already has")) {
            throw new AssertionError(script + " failed: " + output);
        }
        return started.exitValue();
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = database() order by table_name",
                String.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from `" + t + "`", Long.class)));
        return counts;
    }

    private static JdbcTemplate jdbc(String database) {
        String url = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties("", 0, "headroom", ""));
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        return new JdbcTemplate(new DriverManagerDataSource(
                base + database,
                EmbeddedCredentials.ADMIN,
                EmbeddedMariaDb.credentials().adminPassword()));
    }

    private static String schema(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }
}
