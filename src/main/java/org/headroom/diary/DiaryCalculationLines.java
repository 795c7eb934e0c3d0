package org.headroom.diary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A client's whole diary as {@link DiaryCalculator} and the baseline rule read it
 * (docs/clinical-rules.md, "Derived figures per 28-day period"): per line its kind, day, start, duration,
 * intensity, whether it was a migraine, whether it is still going, and the medicines taken; the rest
 * of a line (symptoms, triggers, notes, who recorded it) is left empty. Read with two plain statements
 * rather than as entities: the client page, the migraine history and the outcome report each need the
 * figures of five years of diary when they open, and loading every line as an entity was the largest
 * single cost of the load test (docs/performance.md). Internal: the caller has checked access.
 */
@Component
class DiaryCalculationLines {

    private final JdbcTemplate jdbc;

    DiaryCalculationLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The client's lines, oldest first, as the entities' order (day, then start time). */
    List<DiaryEntryData> of(long clientId) {
        Map<Long, List<MedicineTaken>> medicines = new HashMap<>();
        jdbc.query(
                "select m.entry_id, m.taken_on, m.name, m.medication_class, m.doses from diary_medicine_taken m"
                        + " join diary_entry e on e.id = m.entry_id where e.client_id = ?",
                rs -> {
                    String medicationClass = rs.getString(4);
                    medicines
                            .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new MedicineTaken(
                                    rs.getObject(2, LocalDate.class),
                                    rs.getString(3),
                                    medicationClass == null ? null : AcuteMedicationClass.valueOf(medicationClass),
                                    rs.getInt(5)));
                },
                clientId);
        return List.copyOf(jdbc.query(
                "select id, version, kind, entry_date, start_time, duration_hours, intensity, migraine, still_going"
                        + " from diary_entry where client_id = ? order by entry_date, start_time",
                (rs, row) -> {
                    long id = rs.getLong(1);
                    BigDecimal duration = rs.getBigDecimal(6);
                    return DiaryEntryData.forCalculation(
                            id,
                            rs.getLong(2),
                            EntryKind.valueOf(rs.getString(3)),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalTime.class),
                            duration == null ? null : duration.doubleValue(),
                            rs.getObject(7, Integer.class),
                            rs.getBoolean(8),
                            rs.getBoolean(9),
                            List.copyOf(medicines.getOrDefault(id, List.of())));
                },
                clientId));
    }
}
