package org.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@IntegrationTest
class ConcurrentEditTranslationTest {

    @Autowired
    RacingSaveService racing;

    @Autowired
    DiaryService diary;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_save_the_database_refuses_on_its_version_leaves_the_service_as_a_concurrent_edit() {
        assertThatThrownBy(() -> racing.saveRefusedByTheDatabase())
                .isInstanceOf(ConcurrentEditException.class)
                .hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void two_saves_of_one_diary_line_at_the_same_moment_keep_one_and_refuse_the_other_as_a_concurrent_edit()
            throws Exception {
        ClientDetails client = fixtures.diaryClientOf(Fixtures.ANNA, "Racing", "Saves");
        DiaryEntryForm first = DiaryEntryForm.attackOn(java.time.LocalDate.now().minusDays(1));
        first.setIntensity(4);
        DiaryEntryData line = fixtures.runAs(Fixtures.ANNA, () -> diary.save(client.id(), null, first));
        // Both saves read version 0 and pass the service's check; the row lock makes the second wait
        // until the first commits, and its update then finds no row with version 0.
        CountDownLatch bothRead = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            java.util.List<Future<Object>> saves = new java.util.ArrayList<>();
            for (int intensity : new int[] {6, 8}) {
                saves.add(threads.submit(() -> {
                    try {
                        return fixtures.runAs(
                                Fixtures.ANNA, () -> racing.saveAfterBothRead(client.id(), line, intensity, bothRead));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            java.util.List<Object> outcomes = new java.util.ArrayList<>();
            for (Future<Object> save : saves) {
                outcomes.add(save.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(o -> o instanceof DiaryEntryData).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> o instanceof ConcurrentEditException)
                    .hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select version from diary_entry where id = ?", Long.class, line.id()))
                .isEqualTo(1);
    }
}
