package org.headroom.diary;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On start, computes the period figures of clients whose diary has none yet (a database restored
 * from before they were kept, or filled outside the application); a no-op once all are there.
 */
@Component
@Order(20)
class PeriodFiguresBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodFiguresBackfill.class);

    private final JdbcTemplate jdbc;
    private final PeriodFiguresStore store;

    PeriodFiguresBackfill(JdbcTemplate jdbc, PeriodFiguresStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> missing = jdbc.queryForList(
                "select c.id from client c where not exists (select 1 from diary_period_figures f where f.client_id = c.id)"
                        + " and exists (select 1 from diary_entry e where e.client_id = c.id)",
                Long.class);
        if (missing.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        missing.forEach(store::refresh);
        LOG.info(
                "Computed the diary period figures of {} clients in {} ms",
                missing.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
