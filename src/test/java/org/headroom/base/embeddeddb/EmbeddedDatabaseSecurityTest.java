package org.headroom.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.headroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded database is reachable from this machine only and by password only, and the
 * application's own account cannot empty or unprotect the audit trail.
 */
@IntegrationTest
class EmbeddedDatabaseSecurityTest {

    @Test
    void a_connection_without_a_password_is_refused_for_every_account() {
        String url = ExtraApplication.sharedServer();
        for (String user : List.of("root", EmbeddedCredentials.OWNER, EmbeddedCredentials.APP, "", "anyone")) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, user, ""))
                    .as("user '%s' without a password", user)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
    }

    @Test
    void the_server_listens_on_the_loopback_address_only() throws IOException {
        String url = ExtraApplication.sharedServer();
        int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
        JdbcTemplate admin =
                as(EmbeddedCredentials.ADMIN, EmbeddedMariaDb.credentials().adminPassword());
        assertThat(admin.queryForObject("select @@bind_address", String.class)).isEqualTo("127.0.0.1");
        assertThat(admin.queryForObject("select @@skip_grant_tables", Integer.class))
                .isZero();
        // No TLS on loopback: making a certificate on every start cost seconds (docs/performance.md).
        assertThat(admin.queryForObject("select @@have_ssl", String.class)).isEqualTo("DISABLED");
        // The kernel's own list of listening sockets for that port: 127.0.0.1 and nothing else.
        assertThat(listeningAddresses(port)).containsExactly("0100007F");
    }

    @Test
    void the_application_account_cannot_empty_the_audit_trail_or_drop_its_triggers() {
        JdbcTemplate app =
                as(EmbeddedCredentials.APP, EmbeddedMariaDb.credentials().appPassword());
        // The account writes audit lines like any other row; the triggers guard them once written.
        app.update("insert into audit_event (occurred_at, username, action, record_type)"
                + " values (now(), 'test', 'READ', 'CLIENT')");
        assertThatThrownBy(() -> app.execute("truncate table audit_event"))
                .rootCause()
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> app.execute("drop trigger audit_event_no_delete"))
                .rootCause()
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> app.execute("drop table audit_event"))
                .rootCause()
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> app.execute("delete from audit_event"))
                .rootCause()
                .hasMessageContaining("cannot be deleted");
    }

    @Test
    void kept_passwords_are_readable_by_the_owner_only(@TempDir Path dir) throws IOException {
        EmbeddedCredentials credentials = EmbeddedCredentials.generate();
        credentials.save(dir);
        Path file = dir.resolve(EmbeddedCredentials.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(EmbeddedCredentials.load(dir)).contains(credentials);
        assertThat(credentials.appPassword()).hasSize(32).isNotEqualTo(credentials.ownerPassword());
    }

    private static JdbcTemplate as(String user, String password) {
        return new JdbcTemplate(new DriverManagerDataSource(ExtraApplication.sharedServer(), user, password));
    }

    /** Local addresses (hex, as the kernel writes them) of sockets listening on this port. */
    private static List<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format("%04X", port);
        List<String> found = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
                String[] columns = line.trim().split("\\s+");
                String[] local = columns[1].split(":");
                boolean listening = "0A".equals(columns[3]);
                if (listening && local[1].equals(hexPort)) {
                    found.add(local[0]);
                }
            }
        }
        return found;
    }
}
