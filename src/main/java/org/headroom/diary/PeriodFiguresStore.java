package org.headroom.diary;

import java.sql.Date;
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
 * Keeps each client's diary figures per period ({@code diary_period_figures}: headache days and
 * recorded days; period 0 is the baseline), computed by {@link DiaryCalculator} exactly as the
 * client's report computes them, so that practice outcomes over thousands of clients read a few
 * rows per client instead of years of diary. Refreshed whenever a diary line or the baseline
 * changes, and when a signed note may move the default baseline (28 days before the first
 * treatment). Internal: callers have checked access.
 */
@Component
public class PeriodFiguresStore {

    private final DiaryEntryRepository entries;
    private final DiaryBaselineRepository baselines;
    private final ObjectProvider<FirstTreatment> firstTreatment;
    private final ClinicalSettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DiaryCalculationLines calculationLines;

    PeriodFiguresStore(
            DiaryEntryRepository entries,
            DiaryCalculationLines calculationLines,
            DiaryBaselineRepository baselines,
            ObjectProvider<FirstTreatment> firstTreatment,
            ClinicalSettings settings,
            JdbcTemplate jdbc,
            Clock clock) {
        this.entries = entries;
        this.calculationLines = calculationLines;
        this.baselines = baselines;
        this.firstTreatment = firstTreatment;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The client's whole diary as the calculator reads it ({@link DiaryCalculationLines}), with this
     * transaction's changes included: they are written first, since the lines are read with plain SQL.
     */
    List<DiaryEntryData> calculationLines(long clientId) {
        entries.flush();
        return calculationLines.of(clientId);
    }

    /** Recomputes the client's periods from the whole diary. */
    @Transactional
    public void refresh(long clientId) {
        List<DiaryEntryData> all = calculationLines(clientId);
        jdbc.update("delete from diary_period_figures where client_id = ?", clientId);
        if (all.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> set = baselines.findById(clientId).map(DiaryBaseline::getBaselineStart);
        LocalDate start = baselineStart(clientId, set, all, today);
        List<Object[]> rows =
                DiaryCalculator.periods(all, start, today, settings.periodDays(), settings.minRecordedDays()).stream()
                        .filter(p -> p.recordedDays() > 0)
                        .map(p -> new Object[] {
                            clientId,
                            p.index(),
                            Date.valueOf(p.start()),
                            Date.valueOf(p.end()),
                            p.headacheDays(),
                            p.recordedDays()
                        })
                        .toList();
        jdbc.batchUpdate(
                "insert into diary_period_figures (client_id, period_index, period_start, period_end, headache_days,"
                        + " recorded_days) values (?, ?, ?, ?, ?, ?)",
                rows);
    }

    /**
     * Recomputes the periods when a signed session may have moved the baseline: only while the
     * baseline is the default (28 days before the first treatment), not one the therapist set, and
     * only when the session signed is now the first treatment; a later session leaves it where it is.
     */
    @Transactional
    public void treatmentSigned(long clientId, LocalDate sessionDate) {
        if (!baselines.existsById(clientId) && firstTreatmentOn(clientId, sessionDate)) {
            refresh(clientId);
        }
    }

    private boolean firstTreatmentOn(long clientId, LocalDate date) {
        return Optional.ofNullable(firstTreatment.getIfAvailable())
                .flatMap(f -> f.firstTreatment(clientId))
                .filter(date::equals)
                .isPresent();
    }

    /**
     * The one rule for the start of the baseline period, for the report and the kept figures: the
     * one the therapist set; by default the 28 days before the first treatment, or, before any
     * treatment, the first 28 days of the diary (or the last 28 days when there is no diary yet).
     *
     * @param set the baseline the therapist set, if any
     * @param all the client's diary lines, oldest first
     */
    LocalDate baselineStart(long clientId, Optional<LocalDate> set, List<DiaryEntryData> all, LocalDate today) {
        if (set.isPresent()) {
            return set.get();
        }
        Optional<LocalDate> treated =
                Optional.ofNullable(firstTreatment.getIfAvailable()).flatMap(f -> f.firstTreatment(clientId));
        if (treated.isPresent()) {
            return treated.get().minusDays(settings.periodDays());
        }
        return all.isEmpty()
                ? today.minusDays(settings.periodDays() - 1L)
                : all.getFirst().date();
    }
}
