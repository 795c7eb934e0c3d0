package org.headroom.diary;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.headroom.base.clinical.ClinicalSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each client's baseline-period figures (headache days and recorded days of period 0) in
 * {@code diary_baseline_figures}, computed by {@link DiaryCalculator} exactly as the client's report
 * computes them, so that practice outcomes over thousands of clients need not read years of diary.
 * Refreshed whenever a diary line or the baseline changes, and when a signed note may move the
 * default baseline (28 days before the first treatment). Internal: callers have checked access.
 */
@Component
public class BaselineFigures {

    private final DiaryEntryRepository entries;
    private final DiaryBaselineRepository baselines;
    private final ObjectProvider<FirstTreatment> firstTreatment;
    private final ClinicalSettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BaselineFigures(
            DiaryEntryRepository entries,
            DiaryBaselineRepository baselines,
            ObjectProvider<FirstTreatment> firstTreatment,
            ClinicalSettings settings,
            JdbcTemplate jdbc,
            Clock clock) {
        this.entries = entries;
        this.baselines = baselines;
        this.firstTreatment = firstTreatment;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Recomputes the client's baseline figures; removes them when there is no diary yet. */
    @Transactional
    public void refresh(long clientId) {
        Optional<LocalDate> start = baselineStart(clientId);
        if (start.isEmpty()) {
            jdbc.update("delete from diary_baseline_figures where client_id = ?", clientId);
            return;
        }
        LocalDate from = start.get();
        LocalDate to = from.plusDays(settings.periodDays() - 1L);
        List<DiaryEntryData> lines = entries
                .findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(
                        clientId, from.minusDays(DiaryEntryForm.MAX_DAYS_COVERED), to)
                .stream()
                .map(DiaryEntry::toData)
                .toList();
        PeriodFigures baseline = DiaryCalculator.figures(lines, 0, from, to, LocalDate.now(clock));
        jdbc.update(
                "insert into diary_baseline_figures (client_id, baseline_start, headache_days, recorded_days, computed_at)"
                        + " values (?, ?, ?, ?, ?) on duplicate key update baseline_start = values(baseline_start),"
                        + " headache_days = values(headache_days), recorded_days = values(recorded_days),"
                        + " computed_at = values(computed_at)",
                clientId,
                Date.valueOf(from),
                baseline.headacheDays(),
                baseline.recordedDays(),
                Timestamp.from(clock.instant()));
    }

    /** The baseline as {@link DiaryService#summary} chooses it; empty without a diary or a set baseline. */
    Optional<LocalDate> baselineStart(long clientId) {
        Optional<LocalDate> set = baselines.findById(clientId).map(DiaryBaseline::getBaselineStart);
        if (set.isPresent()) {
            return set;
        }
        Optional<LocalDate> treated =
                Optional.ofNullable(firstTreatment.getIfAvailable()).flatMap(f -> f.firstTreatment(clientId));
        if (treated.isPresent()) {
            return Optional.of(treated.get().minusDays(settings.periodDays()));
        }
        return entries.findFirstByClientIdOrderByEntryDateAsc(clientId).map(DiaryEntry::getEntryDate);
    }
}
