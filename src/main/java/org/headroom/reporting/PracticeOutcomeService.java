package org.headroom.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.security.CurrentUser;
import org.headroom.security.Role;
import org.headroom.security.SignedInUser;
import org.headroom.treatment.Technique;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice outcomes computed in SQL ({@link PracticeQueries}): a therapist sees their own clients
 * only; a practice admin sees the whole practice or one therapist's clients, and their export
 * names no client. The responder rule and period come from {@link ClinicalSettings}, as on the
 * client's report.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('THERAPIST', 'PRACTICE_ADMIN')")
public class PracticeOutcomeService {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ClinicalSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    PracticeOutcomeService(
            NamedParameterJdbcTemplate jdbc,
            CurrentUser currentUser,
            ClinicalSettings settings,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in user may see the whole practice (and choose a therapist). */
    public boolean seesWholePractice() {
        return currentUser.require().hasRole(Role.PRACTICE_ADMIN);
    }

    /**
     * @param therapistId whose clients; ignored for a therapist who is not an admin (always their
     *     own); null for an admin means the whole practice
     */
    public PracticeOutcomes outcomes(Long therapistId, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = params(therapistId, from, to);
        Long scope = (Long) params.getValue("therapist");
        audit.read(RecordType.PRACTICE_OUTCOMES, scope, null, from + " to " + to);
        PracticeOutcomes.Figures overall = new PracticeOutcomes.Figures(0, 0, 0, 0, null, 0, null);
        List<PracticeOutcomes.ByTechnique> byTechnique = new ArrayList<>();
        for (var row : jdbc.query(
                PracticeQueries.outcomes(scope != null),
                params,
                (rs, i) -> Map.entry(
                        rs.getString("technique"),
                        rs.getString("technique").equals("ALL")
                                ? figures(rs, rs.getLong("active"))
                                : figures(rs, rs.getLong("clients"))))) {
            if (row.getKey().equals("ALL")) {
                overall = row.getValue();
            } else {
                byTechnique.add(new PracticeOutcomes.ByTechnique(Technique.valueOf(row.getKey()), row.getValue()));
            }
        }
        byTechnique.sort(Comparator.comparingLong(
                        (PracticeOutcomes.ByTechnique t) -> t.figures().clients())
                .reversed()
                .thenComparing(t -> t.technique().name()));
        return new PracticeOutcomes(scope, from, to, overall, byTechnique);
    }

    /** The per-client figures, streamed row by row, for the CSV export. */
    public void eachClient(Long therapistId, LocalDate from, LocalDate to, RowHandler handler) {
        boolean named = !seesWholePractice();
        MapSqlParameterSource params = params(therapistId, from, to);
        jdbc.query(PracticeQueries.clients(params.getValue("therapist") != null), params, rs -> {
            handler.accept(new ClientOutcomeRow(
                    rs.getLong("client_id"),
                    named ? rs.getString("first_name") + " " + rs.getString("last_name") : null,
                    rs.getString("therapist_name"),
                    rs.getObject("baseline_days", Integer.class),
                    decimal(rs, "current_days"),
                    rs.getObject("compared", Integer.class),
                    rs.getObject("responder") == null ? null : rs.getInt("responder") == 1,
                    rs.getObject("midas_first", Integer.class),
                    rs.getObject("midas_latest", Integer.class),
                    rs.getInt("sessions")));
        });
    }

    /** The per-client figures as CSV (RFC 4180, UTF-8), one line per client. */
    public void writeCsv(Long therapistId, LocalDate from, LocalDate to, Writer out) {
        try {
            audit.output(
                    AuditAction.EXPORT,
                    RecordType.PRACTICE_OUTCOMES,
                    null,
                    null,
                    "per-client CSV " + from + " to " + to + (therapistId == null ? "" : " therapist " + therapistId));
            out.write(ClientOutcomeCsv.HEADER);
            eachClient(therapistId, from, to, row -> {
                try {
                    out.write(ClientOutcomeCsv.line(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives one exported row at a time. */
    @FunctionalInterface
    public interface RowHandler {
        void accept(ClientOutcomeRow row);
    }

    private MapSqlParameterSource params(Long therapistId, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new ReportRefusedException("report.range-invalid");
        }
        SignedInUser user = currentUser.require();
        Long scope = user.hasRole(Role.PRACTICE_ADMIN) ? therapistId : Long.valueOf(user.id());
        return new MapSqlParameterSource()
                .addValue("therapist", scope, Types.BIGINT)
                .addValue("from", from)
                .addValue("to", to)
                .addValue("today", LocalDate.now(clock))
                .addValue("period", settings.periodDays())
                .addValue("minDays", settings.minRecordedDays())
                .addValue("fall", settings.outcome().responderFallPercent());
    }

    private static PracticeOutcomes.Figures figures(ResultSet rs, long clients) throws SQLException {
        return new PracticeOutcomes.Figures(
                clients,
                rs.getLong("with_outcome"),
                rs.getLong("short_diary"),
                rs.getLong("responders"),
                decimal(rs, "headache_change"),
                rs.getLong("with_midas"),
                decimal(rs, "midas_change"));
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : Change.round1(value.doubleValue());
    }
}
