package org.headroom.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.headroom.IntegrationTest;
import org.headroom.base.ConcurrentEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A conflict refused by the database (a certification conflict on Galera, a deadlock on one MariaDB)
 * is run again where nothing of the failed attempt was kept, and reported as a concurrent edit
 * where running it again could repeat something (docs/scale-out.md).
 */
@IntegrationTest
class ConflictRetryTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ConflictRetry retry;

    ConflictProbeService probe;
    ConflictProbeService service;

    @BeforeEach
    void probe() {
        probe = new ConflictProbeService(jdbc, new TransactionTemplate(transactions));
        ProxyFactory proxy = new ProxyFactory(probe);
        proxy.setProxyTargetClass(true);
        // As in the application: the retry outside, the transaction inside.
        proxy.addAdvisor(retry);
        proxy.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        service = (ConflictProbeService) proxy.getProxy();
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from shedlock where name like 'conflict-probe-%'");
    }

    private int rows(String name) {
        return jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, name);
    }

    @Test
    void a_refused_transaction_is_run_again_and_saved_once() {
        probe.refusals.set(2);
        service.save("conflict-probe-a");
        assertThat(probe.attempts).hasValue(3);
        assertThat(rows("conflict-probe-a")).isEqualTo(1);
    }

    @Test
    void a_conflict_that_goes_on_is_reported_as_a_concurrent_edit_and_saves_nothing() {
        probe.refusals.set(10);
        assertThatThrownBy(() -> service.save("conflict-probe-b")).isInstanceOf(ConcurrentEditException.class);
        assertThat(probe.attempts).hasValue(ConflictRetry.ATTEMPTS);
        assertThat(rows("conflict-probe-b")).isZero();
    }

    @Test
    void an_attempt_that_sent_something_away_is_not_run_again() {
        probe.refusals.set(1);
        assertThatThrownBy(() -> service.mailThenSave("conflict-probe-c")).isInstanceOf(ConcurrentEditException.class);
        assertThat(probe.attempts).hasValue(1);
        assertThat(rows("conflict-probe-c")).isZero();
    }

    @Test
    void a_call_of_several_transactions_is_not_run_again() {
        probe.refusals.set(1);
        assertThatThrownBy(() -> service.inTwoSteps("conflict-probe-d")).isInstanceOf(ConcurrentEditException.class);
        assertThat(probe.attempts).hasValue(1);
        // The first step was committed before the refusal, and is there once.
        assertThat(rows("conflict-probe-d")).isEqualTo(1);
    }

    @Test
    void a_transaction_lost_with_its_database_node_is_run_again_on_the_next() {
        probe.losses.set(1);
        service.saveLosingConnection(
                "conflict-probe-f",
                "Driver has reconnect connection after a communications link failure with 127.0.0.1:3311."
                        + " In progress transaction was lost");
        assertThat(probe.attempts).hasValue(2);
        assertThat(rows("conflict-probe-f")).isEqualTo(1);
    }

    @Test
    void a_connection_lost_during_the_commit_is_not_run_again() {
        probe.losses.set(1);
        assertThatThrownBy(() -> service.saveLosingConnection(
                        "conflict-probe-g",
                        "Driver has reconnect connection after a communications failure with 127.0.0.1:3311"
                                + " during a COMMIT statement"))
                .isInstanceOf(org.springframework.dao.TransientDataAccessResourceException.class);
        assertThat(probe.attempts).hasValue(1);
    }

    @Test
    void a_read_cut_off_at_its_commit_is_run_again() {
        probe.losses.set(1);
        service.readLosingConnectionAtCommit();
        assertThat(probe.attempts).hasValue(2);
    }

    @Test
    void other_failures_pass_unchanged_and_are_not_retried() {
        assertThatThrownBy(() -> service.fails("conflict-probe-e"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("not a conflict");
        assertThat(probe.attempts).hasValue(1);
        assertThat(rows("conflict-probe-e")).isZero();
    }

    /** MariaDB's own refusal of a deadlock is recognised: two connections take two rows in opposite order. */
    @Test
    void mariadbs_deadlock_is_recognised_as_a_conflict() throws Exception {
        jdbc.update("insert into shedlock (name, lock_until, locked_by) values ('conflict-probe-x', now(3), 't')");
        jdbc.update("insert into shedlock (name, lock_until, locked_by) values ('conflict-probe-y', now(3), 't')");
        try (Connection one = dataSource.getConnection();
                Connection two = dataSource.getConnection()) {
            one.setAutoCommit(false);
            two.setAutoCommit(false);
            take(one, "conflict-probe-x");
            take(two, "conflict-probe-y");
            CompletableFuture<SQLException> first =
                    CompletableFuture.supplyAsync(() -> tryTake(one, "conflict-probe-y"));
            Thread.sleep(200);
            SQLException second = tryTake(two, "conflict-probe-x");
            SQLException firstRefusal = first.get(30, TimeUnit.SECONDS);
            SQLException refused = second != null ? second : firstRefusal;
            assertThat((Object) refused).as("one of the two is refused").isNotNull();
            assertThat(refused.getErrorCode()).isEqualTo(1213);
            assertThat(ConflictRetry.isConflict(new RuntimeException(refused))).isTrue();
            one.rollback();
            two.rollback();
        }
        assertThat(ConflictRetry.isConflict(new RuntimeException(new SQLException("Duplicate entry", "23000", 1062))))
                .isFalse();
    }

    private static void take(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update shedlock set locked_by = 'held' where name = '" + name + "'");
        }
    }

    private static SQLException tryTake(Connection connection, String name) {
        try {
            take(connection, name);
            return null;
        } catch (SQLException refused) {
            return refused;
        }
    }
}
