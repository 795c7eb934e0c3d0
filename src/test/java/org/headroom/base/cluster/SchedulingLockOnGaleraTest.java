package org.headroom.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mariadb.jdbc.MariaDbDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduling lock (ShedLock, as {@code SchedulingConfiguration} sets it up) on a Galera cluster:
 * two servers, each on its own node, race for the same lock round after round. In every round at
 * most one may hold it; a round that neither wins (Galera refuses the loser's write as a
 * certification conflict) only skips one run of the reminders, which the next run makes up.
 *
 * <p>Needs the running cluster (docker/cluster/cluster.sh), so it runs only when asked:
 * {@code ./mvnw test -Dtest=SchedulingLockOnGaleraTest -Dgalera.password=...} (the application
 * account's password, in target/cluster/app.password); {@code docker/cluster/fault-runs.sh} does.
 */
@EnabledIfSystemProperty(named = "galera.password", matches = ".+")
class SchedulingLockOnGaleraTest {

    static final int ROUNDS = 200;

    private static JdbcTemplateLockProvider provider(int port) throws Exception {
        MariaDbDataSource dataSource = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port
                + "/headroom?user=headroom_app&password=" + System.getProperty("galera.password"));
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Test
    void two_servers_on_two_nodes_never_hold_the_lock_at_once() throws Exception {
        JdbcTemplateLockProvider[] servers = {provider(3311), provider(3312)};
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        int both = 0;
        int one = 0;
        int none = 0;
        List<String> refusals = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String name = "galera-test-" + round;
                List<Future<Optional<SimpleLock>>> taken = new ArrayList<>();
                for (JdbcTemplateLockProvider server : servers) {
                    taken.add(threads.submit(() -> {
                        together.await();
                        try {
                            return server.lock(
                                    new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO));
                        } catch (RuntimeException refused) {
                            synchronized (refusals) {
                                refusals.add(refused.getClass().getSimpleName() + ": " + refused.getMessage());
                            }
                            return Optional.empty();
                        }
                    }));
                }
                List<SimpleLock> held = new ArrayList<>();
                for (Future<Optional<SimpleLock>> lock : taken) {
                    lock.get().ifPresent(held::add);
                }
                switch (held.size()) {
                    case 2 -> both++;
                    case 1 -> one++;
                    default -> none++;
                }
                held.forEach(SimpleLock::unlock);
            }
        } finally {
            threads.shutdownNow();
            new JdbcTemplate(new MariaDbDataSource("jdbc:mariadb://127.0.0.1:3311/headroom?user=headroom_app&password="
                            + System.getProperty("galera.password")))
                    .update("delete from shedlock where name like 'galera-test-%'");
        }
        System.out.printf(
                "Scheduling lock on Galera, %d rounds: one holder %d, none %d, both %d; refusals %d%s%n",
                ROUNDS,
                one,
                none,
                both,
                refusals.size(),
                refusals.isEmpty() ? "" : " (first: " + refusals.getFirst() + ")");
        assertThat(both).as("rounds in which both servers held the lock").isZero();
        assertThat(one).as("rounds in which one server held it").isGreaterThan(ROUNDS / 2);
    }
}
