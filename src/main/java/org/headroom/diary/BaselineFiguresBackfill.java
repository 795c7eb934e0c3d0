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
 * On start, computes the baseline figures of clients whose diary has none yet (a database restored
 * from before they existed, or filled outside the application); a no-op once all are there.
 */
@Component
@Order(20)
class BaselineFiguresBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BaselineFiguresBackfill.class);

    private final JdbcTemplate jdbc;
    private final BaselineFigures figures;

    BaselineFiguresBackfill(JdbcTemplate jdbc, BaselineFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> missing = jdbc.queryForList(
                "select c.id from client c where not exists (select 1 from diary_baseline_figures f where f.client_id = c.id)"
                        + " and exists (select 1 from diary_entry e where e.client_id = c.id)",
                Long.class);
        if (missing.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        missing.forEach(figures::refresh);
        LOG.info(
                "Computed the baseline figures of {} clients in {} ms",
                missing.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
