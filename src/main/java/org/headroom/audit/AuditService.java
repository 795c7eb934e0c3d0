package org.headroom.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.headroom.base.Csv;
import org.headroom.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: the practice admin sees all of it, filters it and exports it; a
 * therapist sees who has opened and changed their own clients' records. Newest first, a page at a
 * time. Nothing here changes a line.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('THERAPIST', 'PRACTICE_ADMIN')")
public class AuditService {

    private static final String COLUMNS = "a.id, a.occurred_at, a.user_id, a.username, a.action, a.record_type,"
            + " a.record_id, a.client_id, a.detail, a.remote_addr";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    AuditService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PRACTICE_ADMIN')")
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        MapSqlParameterSource params = params(filter).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(
                "select " + COLUMNS + ", null as client_name from audit_event a where " + where(filter)
                        + " order by a.occurred_at desc, a.id desc limit :limit offset :offset",
                params,
                AuditService::event);
    }

    @PreAuthorize("hasRole('PRACTICE_ADMIN')")
    public long count(AuditFilter filter) {
        return jdbc.queryForObject(
                "select count(*) from audit_event a where " + where(filter), params(filter), Long.class);
    }

    /** Events on the signed-in therapist's own clients, with the client's name. */
    @PreAuthorize("hasRole('THERAPIST')")
    public List<AuditEvent> onMyClients(AuditFilter filter, int offset, int limit) {
        MapSqlParameterSource params = mine(filter).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(
                "select " + COLUMNS + ", concat(c.first_name, ' ', c.last_name) as client_name"
                        + " from audit_event a join client c on c.id = a.client_id"
                        + " where c.therapist_id = :me and " + where(filter)
                        + " order by a.occurred_at desc, a.id desc limit :limit offset :offset",
                params,
                AuditService::event);
    }

    @PreAuthorize("hasRole('THERAPIST')")
    public long countOnMyClients(AuditFilter filter) {
        return jdbc.queryForObject(
                "select count(*) from audit_event a join client c on c.id = a.client_id"
                        + " where c.therapist_id = :me and " + where(filter),
                mine(filter),
                Long.class);
    }

    /** The filtered trail as CSV, streamed; the export itself is recorded in the trail. */
    @PreAuthorize("hasRole('PRACTICE_ADMIN')")
    public void writeCsv(AuditFilter filter, Writer out) {
        audit.output(AuditAction.EXPORT, RecordType.AUDIT_TRAIL, null, filter.clientId(), describe(filter));
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(clock.getZone());
        try {
            out.write(
                    "id,occurred_at,user_id,username,action,record_type,record_id,client_id,detail,remote_address\r\n");
            jdbc.query(
                    "select " + COLUMNS + ", null as client_name from audit_event a where " + where(filter)
                            + " order by a.occurred_at, a.id",
                    params(filter),
                    rs -> {
                        AuditEvent e = event(rs, 0);
                        try {
                            out.write(String.join(
                                            ",",
                                            Long.toString(e.id()),
                                            time.format(e.occurredAt()),
                                            e.userId() == null ? "" : e.userId().toString(),
                                            Csv.text(e.username()),
                                            e.action().name(),
                                            e.recordType().name(),
                                            e.recordId() == null
                                                    ? ""
                                                    : e.recordId().toString(),
                                            e.clientId() == null
                                                    ? ""
                                                    : e.clientId().toString(),
                                            Csv.text(e.detail()),
                                            Csv.text(e.remoteAddress()))
                                    + "\r\n");
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String where(AuditFilter f) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (f.user() != null && !f.user().isBlank()) {
            where.append(" and a.username like :user");
        }
        if (f.clientId() != null) {
            where.append(" and a.client_id = :client");
        }
        if (f.action() != null) {
            where.append(" and a.action = :action");
        }
        if (f.from() != null) {
            where.append(" and a.occurred_at >= :fromTime");
        }
        if (f.to() != null) {
            where.append(" and a.occurred_at < :toTime");
        }
        return where.toString();
    }

    private MapSqlParameterSource params(AuditFilter f) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (f.user() != null && !f.user().isBlank()) {
            params.addValue(
                    "user", "%" + f.user().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        params.addValue("client", f.clientId());
        params.addValue("action", f.action() == null ? null : f.action().name());
        if (f.from() != null) {
            params.addValue(
                    "fromTime",
                    Timestamp.from(f.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (f.to() != null) {
            params.addValue(
                    "toTime",
                    Timestamp.from(
                            f.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        return params;
    }

    private MapSqlParameterSource mine(AuditFilter filter) {
        return params(filter).addValue("me", currentUser.requireTherapistId());
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("user_id", Long.class),
                rs.getString("username"),
                AuditAction.valueOf(rs.getString("action")),
                RecordType.valueOf(rs.getString("record_type")),
                rs.getObject("record_id", Long.class),
                rs.getObject("client_id", Long.class),
                rs.getString("detail"),
                rs.getString("remote_addr"),
                rs.getString("client_name"));
    }

    private static String describe(AuditFilter f) {
        return "CSV user=" + (f.user() == null ? "" : f.user()) + " client="
                + (f.clientId() == null ? "" : f.clientId())
                + " action=" + (f.action() == null ? "" : f.action()) + " from=" + (f.from() == null ? "" : f.from())
                + " to=" + (f.to() == null ? "" : f.to());
    }
}
