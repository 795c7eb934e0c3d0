package org.headroom.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The connections on which reads and outputs are written to the audit trail.
 *
 * <p>A read is written in its own transaction (it must be kept even though the read changed
 * nothing) while the reading transaction still holds its connection. Taken from the application's
 * pool, that second connection deadlocks the pool under load: every connection is held by a reader
 * waiting for another one, and requests fail after the pool's 30 s timeout. The load test found this
 * at 200 concurrent therapists (docs/performance.md). These lines therefore use a small pool of their
 * own, a copy of the application's settings, which never waits for the application's pool. Each line
 * is one insert, committed on its own ({@code autocommit}).
 */
@Component
class AuditConnections implements DisposableBean {

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;

    AuditConnections(DataSource dataSource, @Value("${headroom.audit.read-pool-size:4}") int size) throws SQLException {
        HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
        HikariConfig config = new HikariConfig();
        application.copyStateTo(config);
        config.setPoolName(application.getPoolName() + "-audit");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setReadOnly(false);
        this.pool = new HikariDataSource(config);
        this.jdbc = new JdbcTemplate(pool);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
