package org.headroom.base.cluster;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service for {@link ConflictRetryTest}: each call writes a row named after it (in the scheduling
 * lock table, which any test may use for a scratch row), then is refused as a certification conflict
 * would be, as long as {@link #refusals} says so.
 */
public class ConflictProbeService {

    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger refusals = new AtomicInteger();
    final AtomicInteger losses = new AtomicInteger();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ConflictProbeService(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Transactional
    public void save(String name) {
        write(name);
        refuseWhileAsked();
    }

    @Transactional
    public void mailThenSave(String name) {
        ConflictRetry.effectOutsideDatabase();
        write(name);
        refuseWhileAsked();
    }

    /** Two transactions: the first is committed before the second is refused. */
    public void inTwoSteps(String name) {
        transaction.executeWithoutResult(status -> write(name));
        transaction.executeWithoutResult(status -> refuseWhileAsked());
    }

    /** Loses its connection (the node failed) while {@link #losses} says so, with the driver's message. */
    @Transactional
    public void saveLosingConnection(String name, String message) {
        write(name);
        loseConnectionWhileAsked(message);
    }

    /** Only reads (no row written), and loses its connection at the commit while {@link #losses} says so. */
    @Transactional(readOnly = true)
    public void readLosingConnectionAtCommit() {
        jdbc.queryForObject("select count(*) from shedlock", Integer.class);
        loseConnectionWhileAsked("Driver has reconnect connection after a communications failure with 127.0.0.1:3311"
                + " during a COMMIT statement");
    }

    @Transactional
    public void fails(String name) {
        write(name);
        attempts.incrementAndGet();
        throw new IllegalStateException("not a conflict");
    }

    private void write(String name) {
        jdbc.update("insert into shedlock (name, lock_until, locked_by) values (?, now(3), 'test')", name);
    }

    /** As the driver says when the node under the connection failed, while {@link #losses} says so. */
    private void loseConnectionWhileAsked(String message) {
        attempts.incrementAndGet();
        if (losses.getAndDecrement() > 0) {
            throw new org.springframework.dao.TransientDataAccessResourceException(
                    "connection lost", new java.sql.SQLTransientConnectionException(message, "25S03"));
        }
    }

    private void refuseWhileAsked() {
        attempts.incrementAndGet();
        if (refusals.getAndDecrement() > 0) {
            throw new CannotAcquireLockException(
                    "certification failed",
                    new SQLException(
                            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        }
    }
}
