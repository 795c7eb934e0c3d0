package org.headroom.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.headroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a MariaDB Galera cluster needs of the schema (docs/scale-out.md): it replicates InnoDB tables
 * only, and rows by their primary key, so every table is InnoDB and has one; and named locks and
 * table locks are not replicated, so neither the migrations nor the code take them.
 */
@IntegrationTest
class GaleraReadySchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_is_innodb_with_a_primary_key() {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = database()"
                        + " and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("client", "diary_entry", "audit_event", "shedlock", "sign_in_address_failure");
        List<String> notInnoDb = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = database()"
                        + " and table_type = 'BASE TABLE' and engine <> 'InnoDB'",
                String.class);
        assertThat(notInnoDb).isEmpty();
        List<String> withoutPrimaryKey = jdbc.queryForList(
                "select t.table_name from information_schema.tables t where t.table_schema = database()"
                        + " and t.table_type = 'BASE TABLE' and not exists (select 1 from"
                        + " information_schema.table_constraints c where c.table_schema = t.table_schema"
                        + " and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY')",
                String.class);
        assertThat(withoutPrimaryKey).isEmpty();
    }

    @Test
    void no_migration_or_source_takes_a_named_or_table_lock() throws IOException {
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/resources/db/migration")), Files.walk(Path.of("src/main/java")))) {
            List<Path> locking = files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            String text = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
                            return text.contains("get_lock(")
                                    || text.contains("lock tables")
                                    || text.contains("lock table ");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertThat(locking).isEmpty();
        }
    }
}
