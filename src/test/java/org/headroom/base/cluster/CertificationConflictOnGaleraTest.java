package org.headroom.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A real certification conflict on the running Galera cluster: two transactions change the same
 * row through two nodes; both succeed locally, the first commits, and Galera refuses the second at
 * its commit. {@link ConflictRetry} must recognise that refusal as one to run again.
 *
 * <p>Runs only against the running cluster, like {@link SchedulingLockOnGaleraTest}:
 * {@code -Dgalera.password=...} (target/cluster/app.password); {@code docker/cluster/fault-runs.sh}
 * runs it.
 */
@EnabledIfSystemProperty(named = "galera.password", matches = ".+")
class CertificationConflictOnGaleraTest {

    private static Connection node(int port) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + port + "/headroom",
                "headroom_app",
                System.getProperty("galera.password"));
    }

    private static void update(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update shedlock set locked_by = '" + connection.hashCode()
                    + "' where name = 'galera-conflict-test'");
        }
    }

    @Test
    void the_second_commit_of_a_row_changed_on_two_nodes_is_refused_and_recognised() throws Exception {
        try (Connection one = node(3311);
                Connection two = node(3312)) {
            try (Statement statement = one.createStatement()) {
                statement.executeUpdate("delete from shedlock where name = 'galera-conflict-test'");
                statement.executeUpdate("insert into shedlock (name, lock_until, locked_by)"
                        + " values ('galera-conflict-test', now(3), 'test')");
            }
            Thread.sleep(500); // replicated to node 2 before both change it
            one.setAutoCommit(false);
            two.setAutoCommit(false);
            update(one);
            update(two);
            one.commit();
            SQLException refused = null;
            try {
                two.commit();
            } catch (SQLException e) {
                refused = e;
            }
            assertThat((Object) refused).as("the second commit is refused").isNotNull();
            System.out.printf(
                    "Certification conflict on Galera: error %d, SQL state %s, \"%s\"%n",
                    refused.getErrorCode(), refused.getSQLState(), refused.getMessage());
            assertThat(ConflictRetry.isConflict(new RuntimeException(refused))).isTrue();
            one.setAutoCommit(true);
            try (Statement statement = one.createStatement()) {
                statement.executeUpdate("delete from shedlock where name = 'galera-conflict-test'");
            }
        }
    }
}
