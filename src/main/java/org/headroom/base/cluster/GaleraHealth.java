package org.headroom.base.cluster;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}, which load balancers ask (docs/scale-out.md): on a MariaDB
 * Galera node, the node this server is connected to must be ready for queries and synced with its
 * cluster. A node that has lost the cluster's quorum still accepts connections, but refuses every
 * query; a server bound to it is reported down, so that the balancer sends no one to it until its
 * connections have moved to a working node. A MariaDB without Galera has no such state and is
 * judged by Spring's own database check alone.
 */
@Component("galera")
class GaleraHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;

    GaleraHealth(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Down, never an error, when the database cannot be asked: an exception here would answer the
     * balancer with a 500 and tell it nothing more.
     */
    @Override
    public Health health() {
        try {
            return ask();
        } catch (DataAccessException failed) {
            return Health.down()
                    .withDetail("error", failed.getClass().getSimpleName())
                    .build();
        }
    }

    private Health ask() {
        Map<String, String> status = new HashMap<>();
        // A MariaDB built with Galera's support shows its status even when it is not a Galera node.
        jdbc.query("show global variables where variable_name = 'wsrep_on'", row -> {
            status.put("wsrep_on", row.getString(2));
        });
        if (!"ON".equalsIgnoreCase(status.get("wsrep_on"))) {
            return judge(Map.of());
        }
        jdbc.query(
                "show status where variable_name in ('wsrep_ready', 'wsrep_local_state_comment', 'wsrep_cluster_status')",
                row -> {
                    status.put(row.getString(1).toLowerCase(java.util.Locale.ROOT), row.getString(2));
                });
        return judge(status);
    }

    /** Up without Galera (no {@code wsrep_ready} given), or when the node is ready, in the primary component and synced. */
    static Health judge(Map<String, String> status) {
        String ready = status.get("wsrep_ready");
        if (ready == null) {
            return Health.up().withDetail("galera", "none").build();
        }
        String state = status.getOrDefault("wsrep_local_state_comment", "");
        String cluster = status.getOrDefault("wsrep_cluster_status", "");
        Health.Builder health =
                "ON".equalsIgnoreCase(ready) && "Primary".equalsIgnoreCase(cluster) && "Synced".equalsIgnoreCase(state)
                        ? Health.up()
                        : Health.down();
        return health.withDetail("ready", ready)
                .withDetail("cluster", cluster)
                .withDetail("state", state)
                .build();
    }
}
